import { useMemo } from "react";
import { ActionButton, Stack, Text, useTheme } from "@fluentui/react";
import type { IDropdownOption } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { SourceLayout } from "../../domain/source";
import { t } from "../../i18n";
import { formatNumber } from "../format";
import { PaneDropdown } from "./PaneDropdown";

export interface SourceSummaryProps {
  readonly lang: Lang;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  /** What the job detected on the sheet; null while reading or when nothing was recognised. */
  readonly layout: SourceLayout | null;
  readonly disabled: boolean;
  readonly onSheet: (sheet: string) => void;
  readonly onReload: () => void;
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  const theme = useTheme();
  return (
    <Text>
      <span style={{ color: theme.palette.neutralSecondary }}>{label}</span> <strong>{value}</strong>
    </Text>
  );
}

/** The source the job reads: the sheet (a choice), and the header row, data rows and unit it detected. */
export function SourceSummary({
  lang,
  sheets,
  sheet,
  layout,
  disabled,
  onSheet,
  onReload,
}: SourceSummaryProps) {
  const options = useMemo<IDropdownOption[]>(
    () => sheets.map((name) => ({ key: name, text: name })),
    [sheets],
  );
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center">
        <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {t(lang, "ui.source")}
        </Text>
        <ActionButton
          // Also when the first read failed (no sheet known yet): reading again is the way out.
          disabled={disabled}
          onClick={onReload}
          styles={{ root: { height: 24 } }}
        >
          {t(lang, "ui.reload")}
        </ActionButton>
      </Stack>
      <PaneDropdown
        label={t(lang, "ui.sheet")}
        options={options}
        selectedKey={sheet}
        disabled={disabled || sheets.length === 0}
        onChange={(_event, option) => option && onSheet(String(option.key))}
      />
      {layout !== null && (
        <Stack horizontal wrap tokens={{ childrenGap: "4px 16px" }}>
          <Fact label={t(lang, "ui.headerRow")} value={formatNumber(lang, layout.headerRow)} />
          <Fact label={t(lang, "ui.dataRows")} value={formatNumber(lang, layout.dataRows.length)} />
          <Fact label={t(lang, "ui.unit")} value={layout.sheetUnit?.label ?? t(lang, "ui.unitDefault")} />
        </Stack>
      )}
    </Stack>
  );
}
