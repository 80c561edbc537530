import { ChoiceGroup, PrimaryButton, Stack, Text } from "@fluentui/react";
import type { IChoiceGroupOption } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { RatioInspection } from "../../jobs/ratios";
import { columnLetters } from "../../domain/address";
import { fieldName, t } from "../../i18n";
import { formatNumber } from "../format";
import { IssueList } from "./IssueList";

export interface RunControlsProps {
  readonly lang: Lang;
  readonly sheet: string;
  readonly inspection: Extract<RatioInspection, { ok: true }>;
  /** The sheet already holds this job's columns from an earlier run: the run rewrites them in place. */
  readonly updating: boolean;
  readonly days: 365 | 360;
  readonly running: boolean;
  readonly onDays: (days: 365 | 360) => void;
  readonly onRun: () => void;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
}

/** What the run will write, the day basis, and the one primary action, with the reason when it cannot run. */
export function RunControls({
  lang,
  sheet,
  inspection,
  updating,
  days,
  running,
  onDays,
  onRun,
  onSelect,
}: RunControlsProps) {
  const separator = lang === "zh-CN" ? "、" : ", ";
  const dayOptions: IChoiceGroupOption[] = [
    { key: "365", text: t(lang, "ui.days365") },
    { key: "360", text: t(lang, "ui.days360") },
  ];
  // Missing fields are explained by name above the list; the list keeps the other reasons (conflicts, occupied cells).
  const otherRefusals = inspection.refusals.filter((issue) => issue.code !== "source.missingField");
  const blocked = inspection.missing.length > 0 || inspection.refusals.length > 0;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <WillWrite lang={lang} sheet={sheet} inspection={inspection} updating={updating} />
      <ChoiceGroup
        label={t(lang, "ui.dayBasis")}
        options={dayOptions}
        selectedKey={String(days)}
        disabled={running}
        onChange={(_event, option) => option && onDays(option.key === "360" ? 360 : 365)}
        styles={{ flexContainer: { display: "flex", gap: 16 } }}
      />
      <PrimaryButton
        text={t(lang, "ui.run")}
        disabled={blocked || running}
        onClick={onRun}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {inspection.missing.length > 0 && (
        <Text>
          {t(lang, "ui.blockedMissing", {
            fields: inspection.missing.map((f) => fieldName(lang, f)).join(separator),
          })}
        </Text>
      )}
      {otherRefusals.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text>{t(lang, "ui.blockedRefused")}</Text>
          <IssueList lang={lang} issues={otherRefusals} sheet={sheet} onSelect={onSelect} />
        </Stack>
      )}
    </Stack>
  );
}

/** What the run writes: new columns from a column, or the columns of the last run rewritten, and in which language. */
function WillWrite({
  lang,
  sheet,
  inspection,
  updating,
}: Pick<RunControlsProps, "lang" | "sheet" | "inspection" | "updating">) {
  const count = formatNumber(lang, inspection.willAdd.length);
  const columns = inspection.willAdd.join(lang === "zh-CN" ? "、" : ", ");
  const first = columnLetters(inspection.firstColumn);
  const last = columnLetters(inspection.firstColumn + inspection.willAdd.length - 1);
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text>{t(lang, updating ? "ui.willUpdate" : "ui.willAdd", { count, columns })}</Text>
      <Text variant="small">
        {updating
          ? t(lang, "ui.willUpdateAt", { first, last, sheet })
          : t(lang, "ui.willAddAt", { column: first, sheet })}
      </Text>
      <Text variant="small">{t(lang, "ui.headersLanguage")}</Text>
    </Stack>
  );
}
