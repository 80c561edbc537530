/**
 * The stage funnel of the Development records sheet: per stage, the customers whose furthest stage is exactly it
 * (COUNTIF over the index's stage column) and those at it or further (the sum from it down), with a column chart.
 */
import type { CellInput, Edit } from "../../plan/edits";
import { sheetReference } from "../../plan/range";
import type { IndexEntry, IndexTexts } from "./indexSheet";

/** Funnel table: stage names in H, "exactly" counts in I, "at least" counts in J. */
export const funnelLayout = {
  heading: "H1",
  headerRow: 2,
  firstRow: 3,
  stage: "H",
  exactly: "I",
  atLeast: "J",
} as const;
/** The index's first entry row. */
export const firstIndexRow = 3;

/** The funnel table and its chart; `last` is the index's last entry row. */
export function funnelEdits(
  sheet: string,
  entries: readonly IndexEntry[],
  last: number,
  texts: IndexTexts,
  stageNames: readonly string[],
): Edit[] {
  const f = funnelLayout;
  const bottom = f.firstRow + stageNames.length - 1;
  const exactly = stageNames.map((_, i) => entries.filter((e) => e.stats.furthestStage === i + 1).length);
  const atLeast = exactly.map((_, i) => exactly.slice(i).reduce((sum, n) => sum + n, 0));
  const rows: CellInput[][] = stageNames.map((name, i) => {
    const r = f.firstRow + i;
    return [
      name,
      { formula: `COUNTIF($B$${firstIndexRow}:$B$${last},${f.stage}${r})`, value: exactly[i] ?? 0 },
      { formula: `SUM(${f.exactly}${r}:${f.exactly}$${bottom})`, value: atLeast[i] ?? 0 },
    ];
  });
  return [
    { kind: "cells", sheet, at: f.heading, rows: [[texts.funnel.heading]], style: "rec.section" },
    {
      kind: "cells",
      sheet,
      at: `${f.stage}${f.headerRow}`,
      rows: [[texts.funnel.stage, texts.funnel.exactly, texts.funnel.atLeast]],
      style: "rec.header",
    },
    {
      kind: "cells",
      sheet,
      at: `${f.stage}${f.firstRow}`,
      rows,
      columnStyles: ["rec.text", "rec.count", "rec.count"],
    },
    {
      kind: "chart",
      sheet,
      type: "column",
      title: texts.chartTitle,
      categories: {
        ref: sheetReference(sheet, { top: f.firstRow, bottom, left: 8, right: 8 }),
        cache: [...stageNames],
      },
      series: [
        {
          name: texts.funnel.atLeast,
          values: sheetReference(sheet, { top: f.firstRow, bottom, left: 10, right: 10 }),
          cache: atLeast,
        },
      ],
      yAxisTitle: texts.axis,
      anchor: { cell: `${f.stage}${bottom + 2}`, width: 480, height: 260 },
      valueFormat: "0",
      valueAxisMin: 0,
      legend: false,
    },
  ];
}
