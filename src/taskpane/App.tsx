import { useEffect, useState } from "react";
import { Stack, Text, ThemeProvider } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import type { Lang } from "../domain/types";
import type { JobDefinition, JobReport } from "../jobs/jobDefinition";
import { jobs as registeredJobs } from "../jobs/registry";
import type { WorkbookHost } from "../plan/sheetSnapshot";
import { t } from "../i18n";
import { GenericJobPanel } from "./components/GenericJobPanel";
import { JobNav, jobTabId } from "./components/JobNav";
import { LanguageSwitch } from "./components/LanguageSwitch";
import type { JobStorage } from "./jobStorage";
import type { Panels } from "./jobPanel";
import { inMethodOrder } from "./jobPanel";
import type { LangStorage } from "./langStorage";
import { toLang } from "./lang";
import { panels as customPanels } from "./panels";
import { paneTheme } from "./paneTheme";

export interface AppProps {
  readonly host: WorkbookHost;
  /** Office's display language, e.g. "zh-CN" or "en-US"; the pane follows it unless the person chose another. */
  readonly displayLanguage: string;
  /** The jobs the pane offers, in the method's order: the registry's unless a test passes others. */
  readonly jobs?: readonly JobDefinition<JobReport>[];
  /** Custom panels by job key: the pane's own unless a test passes others. */
  readonly panels?: Panels;
  /** The Fluent theme built from Office's theme; Fluent's default light theme without one. */
  readonly theme?: Theme;
  /** Remembers the language the person chose. */
  readonly storage?: LangStorage;
  /** Remembers the job the person last opened. */
  readonly jobStorage?: JobStorage;
}

const defaultTheme = paneTheme(undefined);

/** The task pane inside Excel: the title and language, the jobs in the method's order, the chosen job's panel. */
export function App(props: AppProps) {
  const { host, displayLanguage, panels = customPanels } = props;
  const jobs = inMethodOrder(props.jobs ?? registeredJobs);
  const { theme = defaultTheme, storage, jobStorage } = props;
  const [lang, setLang] = useState<Lang>(() => storage?.load() ?? toLang(displayLanguage));
  const [chosen, setChosen] = useState<string | null>(() => jobStorage?.load() ?? null);
  // The page language picks the right glyphs for Chinese text and tells screen readers how to speak it.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const chooseLang = (next: Lang) => {
    storage?.save(next);
    setLang(next);
  };
  const chooseJob = (next: string) => {
    jobStorage?.save(next);
    setChosen(next);
  };
  // A remembered job that is no longer registered opens the first job instead.
  const job = jobs.find((candidate) => candidate.key === chosen) ?? jobs[0];
  const Panel = job === undefined ? undefined : (panels[job.key] ?? GenericJobPanel);
  return (
    <ThemeProvider theme={theme} applyTo="body">
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 480 } }}>
        <Stack horizontal horizontalAlign="space-between" verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
            {t(lang, "ui.appTitle")}
          </Text>
          <LanguageSwitch lang={lang} onChange={chooseLang} />
        </Stack>
        {job !== undefined && Panel !== undefined && (
          <>
            <JobNav lang={lang} jobs={jobs} selected={job.key} onSelect={chooseJob} />
            <div role="tabpanel" aria-labelledby={jobTabId(job.key)}>
              {/* A panel per job key: switching jobs starts the other job's panel afresh. */}
              <Panel key={job.key} host={host} lang={lang} job={job} />
            </div>
          </>
        )}
      </Stack>
    </ThemeProvider>
  );
}
