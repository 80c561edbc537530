/**
 * The Customer segments sheet (客户分类) of a scores run: generated when the customer sheet has at least one
 * classification column (product category, customer type, service), rewritten on reruns while untouched.
 */
import type { SourceLayout } from "../../domain/source";
import type { Grid, Issue, Lang } from "../../domain/types";
import type { SegmentDimension } from "../../domain/scoring/segments";
import { segmentDimensions, segmentTables } from "../../domain/scoring/segments";
import { catalog } from "../../i18n";
import type { Edit, StyleSheet } from "../../plan/edits";
import { planGeneratedSheet } from "../../plan/generatedSheet";
import type { JobInput } from "../jobDefinition";
import type { ScoreFieldColumn, ScoreFieldKey } from "./scoreFields";
import { rawColumn } from "./scoreInputs";
import { segmentsSheetContent } from "./segmentsSheet";

export type SegmentsPlan =
  | {
      readonly ok: true;
      /** The sheet written, or null when the customer sheet has no classification column. */
      readonly sheet: string | null;
      readonly dimensions: readonly SegmentDimension[];
      readonly edits: readonly Edit[];
      readonly styles: StyleSheet;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Plan the segments sheet from the customers' classification cells and their revenue and ratios. */
export function planSegments(
  input: JobInput,
  layout: SourceLayout,
  fields: Partial<Record<ScoreFieldKey, ScoreFieldColumn>>,
  data: {
    readonly revenue: Float64Array;
    readonly currentRatio: Float64Array;
    readonly netProfitMargin: Float64Array;
    readonly lang: Lang;
    readonly grid: Grid;
  },
): SegmentsPlan {
  const present = segmentDimensions.filter((dimension) => fields[dimension] !== undefined);
  if (present.length === 0) return { ok: true, sheet: null, dimensions: [], edits: [], styles: {} };
  const dimensions: Partial<Record<SegmentDimension, ReturnType<typeof rawColumn>>> = {};
  for (const dimension of present) {
    const field = fields[dimension] as ScoreFieldColumn;
    dimensions[dimension] = rawColumn(data.grid, layout.dataRows, field.column);
  }
  const tables = segmentTables({
    count: layout.dataRows.length,
    dimensions,
    revenue: data.revenue,
    currentRatio: data.currentRatio,
    netProfitMargin: data.netProfitMargin,
  });
  const texts = catalog(data.lang).segments;
  let styles: StyleSheet = {};
  const planned = planGeneratedSheet(input.workbook, {
    job: "scores",
    slot: "segments",
    name: texts.sheet,
    tabColor: "2E75B6",
    ...(input.newCopy ? { newCopy: true } : {}),
    build: (sheet) => {
      const content = segmentsSheetContent(sheet, tables, texts);
      styles = content.styles;
      return content.edits;
    },
  });
  if (!planned.ok) return planned;
  return { ok: true, sheet: planned.sheet, dimensions: present, edits: planned.edits, styles };
}
