import { Pivot, PivotItem } from "@fluentui/react";
import type { IPivotStyles } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import { t } from "../../i18n";
import { stepNumber } from "../jobPanel";

export interface JobNavProps {
  readonly lang: Lang;
  /** The registered jobs, in the method's order. */
  readonly jobs: readonly JobDefinition<JobReport>[];
  readonly selected: string;
  readonly onSelect: (job: string) => void;
}

// Compact tabs (32 px rows, Fluent's are 44) that wrap: with six jobs the rows stay short in a 320–350 px pane.
const compactLink = { height: 32, lineHeight: 32, marginRight: 4, padding: "0 6px" };
const navStyles: Partial<IPivotStyles> = {
  root: { display: "flex", flexWrap: "wrap", whiteSpace: "normal" },
  link: compactLink,
  linkIsSelected: compactLink,
};

/** The id of a job's tab, so the panel below can name itself after it (tabpanel labelled by its tab). */
export function jobTabId(job: string): string {
  return `kaw-job-tab-${job}`;
}

/**
 * The jobs as tabs in the method's order, each with its step number ("2 Customer ratios"); arrow keys move between
 * them. Tabs that do not fit the pane's width wrap onto another row instead of hiding in a menu: all six steps of the
 * method stay in sight and nothing scrolls sideways at 320 px.
 */
export function JobNav({ lang, jobs, selected, onSelect }: JobNavProps) {
  return (
    <Pivot
      aria-label={t(lang, "ui.jobsNav")}
      headersOnly
      selectedKey={selected}
      styles={navStyles}
      getTabId={(key) => jobTabId(key)}
      onLinkClick={(item) => item?.props.itemKey !== undefined && onSelect(item.props.itemKey)}
    >
      {jobs.map((job) => (
        <PivotItem
          key={job.key}
          itemKey={job.key}
          headerText={t(lang, "ui.jobTab", { position: stepNumber(job), name: job.names[lang] })}
        />
      ))}
    </Pivot>
  );
}
