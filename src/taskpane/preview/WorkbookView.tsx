import { useEffect, useMemo, useState } from "react";
import { Pivot, PivotItem, Text } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { XlsxError } from "../../hosts/xlsx/xlsxWorkbook";
import type { SheetDisplay } from "../../hosts/xlsx/xlsxWorkbook";
import { t } from "../../i18n";
import { SheetTable } from "./SheetTable";
import type { WatchedHost } from "./watchedHost";

/** Rows drawn per sheet: enough to see what a job wrote, few enough that a 100 000-row sheet stays responsive. */
export const shownRows = 500;

export interface WorkbookViewProps {
  readonly host: WatchedHost;
  readonly file: string;
  readonly lang: Lang;
  readonly theme: Theme;
  /** Counts the workbook's writes: each one redraws the sheets. */
  readonly version: number;
  /** The cell the pane last selected, to show its sheet and mark it. */
  readonly selection: { readonly sheet: string; readonly cell: string } | null;
}

/** The workbook's visible sheets as tabs, the chosen one as a table read through the real .xlsx host. */
export function WorkbookView({ host, file, lang, theme, version, selection }: WorkbookViewProps) {
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([host.listSheets(), host.activeSheet()]).then(([names, active]) => {
      if (!live) return;
      setSheets(names);
      setChosen((current) => (current !== null && names.includes(current) ? current : active));
    });
    return () => {
      live = false;
    };
  }, [host, version]);
  useEffect(() => {
    if (selection) setChosen(selection.sheet);
  }, [selection]);
  const display = useMemo(() => readShown(host, chosen), [host, chosen, version]);
  const more = display ? display.rowCount - display.rows.length : 0;
  return (
    <Pivot
      aria-label={t(lang, "preview.sheets", { file })}
      selectedKey={chosen}
      onLinkClick={(item) => item?.props.itemKey !== undefined && setChosen(item.props.itemKey)}
      styles={{ root: { display: "flex", flexWrap: "wrap", whiteSpace: "normal" } }}
    >
      {sheets.map((sheet) => (
        <PivotItem key={sheet} itemKey={sheet} headerText={sheet}>
          {display !== null && display.sheet === sheet && (
            <div tabIndex={0} style={{ overflow: "auto", maxHeight: "70vh", marginTop: 8 }}>
              {display.rowCount === 0 ? (
                <Text>{t(lang, "preview.emptySheet", { sheet })}</Text>
              ) : (
                <SheetTable
                  display={display}
                  theme={theme}
                  selected={selection?.sheet === sheet ? selection.cell : null}
                />
              )}
            </div>
          )}
          {more > 0 && (
            <Text variant="small" block styles={{ root: { marginTop: 4 } }}>
              {t(lang, "preview.moreRows", {
                shown: display?.rows.length ?? 0,
                total: display?.rowCount ?? 0,
                more,
              })}
            </Text>
          )}
        </PivotItem>
      ))}
    </Pivot>
  );
}

/**
 * The chosen sheet's first rows. A job may just have deleted or renamed it (a generated sheet rewritten): then
 * nothing is shown until the sheet list, read again after the write, moves the choice to a sheet that exists.
 */
function readShown(host: WatchedHost, sheet: string | null): SheetDisplay | null {
  if (sheet === null) return null;
  try {
    return host.workbook.readDisplay(sheet, shownRows);
  } catch (error) {
    if (error instanceof XlsxError && error.code === "xlsx.noSuchSheet") return null;
    throw error;
  }
}
