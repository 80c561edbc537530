import { createElement } from "react";
import type { Issue } from "../../src/domain/types";
import type { FieldKey } from "../../src/domain/fieldKeys";
import type { FieldMapping, SourceLayout } from "../../src/domain/source";
import type { SheetSnapshot } from "../../src/plan/sheetSnapshot";
import type { RatioInspection, RatioOptions, RatioPlan } from "../../src/jobs/ratios";
import type { RatioJobs } from "../../src/taskpane/hooks/useRatioJob";
import type { Panels } from "../../src/taskpane/jobPanel";
import { RatioPanel } from "../../src/taskpane/components/RatioPanel";
import { requiredFields } from "../../src/domain/fields";
import { ratioKeys } from "../../src/domain/ratios";
import { columnHeader } from "../../src/i18n";
import { sampleLayouts } from "./fixtures";

export interface FakeJobOptions {
  /** Extra reasons the inspection says a run would be refused. */
  readonly refusals?: readonly Issue[];
  /** What planRatios returns instead of a successful plan. */
  readonly plan?: RatioPlan;
  /** Issues of a successful run. */
  readonly issues?: readonly Issue[];
}

function applyOverrides(layout: SourceLayout, options: RatioOptions): SourceLayout {
  const fields: Partial<Record<FieldKey, FieldMapping>> = { ...layout.fields };
  for (const [field, column] of Object.entries(options.overrides ?? {}) as [FieldKey, number | null][]) {
    // A column maps to one field only, as the real detector does.
    for (const [other, m] of Object.entries(fields) as [FieldKey, FieldMapping][])
      if (m.column === column) delete fields[other];
    if (column === null) delete fields[field];
    else {
      const header = layout.headers.find((h) => h.column === column)?.text ?? "";
      fields[field] = {
        field,
        column,
        header,
        unit: { scale: 1, label: "元" },
        unitFrom: "default",
        auto: false,
      };
    }
  }
  return { ...layout, fields, missing: requiredFields.filter((f) => fields[f] === undefined) };
}

/** Stand-in ratio jobs over the hand-worked sample layouts (the lead's job bodies are not part of the pane's tests). */
export function fakeJobs(options: FakeJobOptions = {}) {
  const inspectRatios = jest.fn((snapshot: SheetSnapshot, opts: RatioOptions): RatioInspection => {
    const base = sampleLayouts[snapshot.grid.sheet];
    if (base === undefined)
      return { ok: false, issues: [{ code: "source.noHeaderRow", sheet: snapshot.grid.sheet }] };
    const layout = applyOverrides(base, opts);
    const missing: Issue[] = layout.missing.map((field) => ({
      code: "source.missingField",
      sheet: layout.sheet,
      field,
    }));
    // Like the real job: the columns are written in the language asked for, else the sheet's.
    const lang = opts.lang ?? layout.language;
    return {
      ok: true,
      layout,
      lang,
      willAdd: [...ratioKeys, "dataIssues" as const].map((key) => columnHeader(lang, key)),
      firstColumn: layout.lastColumn + 1,
      missing: layout.missing,
      refusals: [...missing, ...(options.refusals ?? [])],
    };
  });
  const planRatios = jest.fn((snapshot: SheetSnapshot, opts: RatioOptions): RatioPlan => {
    if (options.plan) return options.plan;
    const inspection = inspectRatios(snapshot, opts);
    if (!inspection.ok) return inspection;
    if (inspection.refusals.length > 0) return { ok: false, issues: inspection.refusals };
    const issues = options.issues ?? [];
    const layout = inspection.layout;
    return {
      ok: true,
      edit: { changes: [] },
      report: {
        command: "ratios",
        sheet: layout.sheet,
        headerRow: layout.headerRow,
        rows: layout.dataRows.length,
        columns: inspection.willAdd,
        firstColumn: inspection.firstColumn,
        lang: inspection.lang,
        issues,
        rowsWithIssues: new Set(issues.map((i) => i.cell?.replace(/^[A-Z]+/, ""))).size,
        skippedRows: layout.skippedRows,
      },
    };
  });
  return { inspectRatios, planRatios } satisfies RatioJobs;
}

/** The pane's panels with the ratio panel running over stand-in ratio jobs, for rendering the whole App. */
export function fakePanels(jobs: RatioJobs = fakeJobs()): Panels {
  return { ratios: (props) => createElement(RatioPanel, { ...props, jobs }) };
}
