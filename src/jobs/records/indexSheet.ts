/**
 * The content of the Development records (开发记录索引) sheet: one row per customer with a link to its record sheet
 * and, by formulas over that sheet, the furthest stage, the latest attitude, the number of contacts, the last
 * contact date and the reason development has not succeeded yet; then a stage funnel table and its column chart.
 * Each formula's cached value is the record sheet's `DevStats`, so hosts that cannot recalculate show the same.
 */
import type { Catalog } from "../../i18n";
import type { CellInput, Edit } from "../../plan/edits";
import { columnNumber } from "../../domain/address";
import { parseCell, sheetReference } from "../../plan/range";
import { devLayout, formulaString as literal, type DevLayout } from "./devLayout";
import type { DevStats } from "./devRecordStats";
import { firstIndexRow, funnelEdits } from "./indexFunnel";

export { funnelLayout } from "./indexFunnel";

export type IndexTexts = Catalog["records"]["index"];

/** One indexed record sheet. */
export interface IndexEntry {
  readonly customer: string;
  readonly sheet: string;
  readonly stats: DevStats;
}

const stageKeys = ["contact", "explanation", "demo", "proposal", "contract"] as const;
const columnKeys = ["customer", "stage", "attitude", "contacts", "lastContact", "reason"] as const;
const rowStyles = ["rec.link", "rec.text", "rec.text", "rec.count", "rec.date", "rec.text"];
const firstRow = firstIndexRow;

/**
 * The five formulas of one index row over record sheet `sheet`.
 * Formula: CHOOSE(MAX('S'!$O$6:$O$35)+1,"",stages…); IF(COUNT(d)=0,"",INDEX('S'!$P$6:$P$35,MATCH(MAX(d),d,0)));
 * COUNT(d); IF(COUNT(d)=0,"",MAX(d)); IF('S'!$B$3="","",'S'!$B$3) — d the date column 'S'!$A$6:$A$35
 * @example indexFormulas("甲公司", stageNames, devLayout)[2] //=> "COUNT('甲公司'!$A$6:$A$35)"
 */
export function indexFormulas(
  sheet: string,
  stageNames: readonly string[],
  layout: DevLayout = devLayout,
): string[] {
  const { firstRow: top, lastRow: bottom } = layout;
  const column = (letters: string): string => {
    const n = columnNumber(letters);
    return sheetReference(sheet, { top, bottom, left: n, right: n });
  };
  const dates = column(layout.dateColumn);
  const at = parseCell(layout.reasonCell) ?? { row: 3, column: 2 };
  const reason = sheetReference(sheet, { top: at.row, bottom: at.row, left: at.column, right: at.column });
  const none = `COUNT(${dates})=0`;
  return [
    `CHOOSE(MAX(${column(layout.stageHelper)})+1,"",${stageNames.map(literal).join(",")})`,
    `IF(${none},"",INDEX(${column(layout.attitudeHelper)},MATCH(MAX(${dates}),${dates},0)))`,
    `COUNT(${dates})`,
    `IF(${none},"",MAX(${dates}))`,
    `IF(${reason}="","",${reason})`,
  ];
}

function entryRow(entry: IndexEntry, stageNames: readonly string[]): CellInput[] {
  const [stage = "", attitude = "", contacts = "", last = "", reason = ""] = indexFormulas(
    entry.sheet,
    stageNames,
  );
  const s = entry.stats;
  return [
    entry.customer,
    { formula: stage, value: s.furthestStage === 0 ? "" : (stageNames[s.furthestStage - 1] ?? "") },
    { formula: attitude, value: s.latestAttitude },
    { formula: contacts, value: s.contacts },
    { formula: last, value: s.lastContact ?? "" },
    { formula: reason, value: s.reason },
  ];
}

/**
 * The index's edits: title (row 1), headers (row 2), one row per entry from row 3 whose name links to A1 of its
 * sheet, the funnel in H1:J7 (stage, customers whose furthest stage is exactly it, customers at it or further) and
 * a column chart of the "at least" counts below it.
 * @example indexSheetContent("开发记录索引", [{ customer: "甲", sheet: "甲", stats: emptyDevStats }], texts)
 * // A3 "甲" linked to '甲'!A1; B3 { formula: `CHOOSE(MAX('甲'!$O$6:$O$35)+1,"","接触客户",…)`, value: "" } …
 */
export function indexSheetContent(sheet: string, entries: readonly IndexEntry[], texts: IndexTexts): Edit[] {
  const stageNames = stageKeys.map((key) => texts.stages[key]);
  const last = Math.max(firstRow, firstRow + entries.length - 1);
  const edits: Edit[] = [
    { kind: "cells", sheet, at: "A1", rows: [[texts.title]], style: "rec.title" },
    { kind: "merge", sheet, range: "A1:F1" },
    {
      kind: "cells",
      sheet,
      at: "A2",
      rows: [columnKeys.map((key) => texts.columns[key])],
      style: "rec.header",
    },
    { kind: "rowHeights", sheet, row: 1, heights: [28, 32] },
  ];
  if (entries.length > 0)
    edits.push({
      kind: "cells",
      sheet,
      at: `A${firstRow}`,
      rows: entries.map((e) => entryRow(e, stageNames)),
      columnStyles: rowStyles,
    });
  entries.forEach((entry, i) =>
    edits.push({
      kind: "hyperlink",
      sheet,
      cell: `A${firstRow + i}`,
      target: { sheet: entry.sheet, cell: "A1" },
      text: entry.customer,
      tooltip: texts.linkTooltip,
    }),
  );
  edits.push(
    ...funnelEdits(sheet, entries, last, texts, stageNames),
    { kind: "columnWidths", sheet, column: "A", widths: [26, 16, 14, 10, 13, 36, 3, 16, 16, 16] },
    { kind: "freeze", sheet, rows: 2, columns: 1 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "2:2",
      footer: { center: "{page} / {pages}" },
    },
  );
  return edits;
}
