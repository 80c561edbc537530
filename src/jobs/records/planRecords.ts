/**
 * The records job's plan (method steps 6 and 7): the visit record and visit preparation sheets for the chosen
 * customers, a development record sheet per customer that has none yet, and the index rebuilt over every record
 * sheet. Never loses an entry: an existing record sheet is never rewritten; the visit sheets and the index are
 * rewritten only while untouched (a new copy otherwise, on request).
 */
import type { Issue, Lang } from "../../domain/types";
import { catalog } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { planGeneratedSheet } from "../../plan/generatedSheet";
import type { GeneratedSheetRequest } from "../../plan/generatedSheet";
import type { WorkbookSnapshot } from "../../plan/workbookSnapshot";
import type { JobInput, JobOutcome } from "../jobDefinition";
import { customerFacts, hasTierColumn } from "./customerFacts";
import type { CustomerFacts } from "./customerFacts";
import { devRecordContent, devRecordStats, devLayout, emptyDevStats } from "./devRecordSheet";
import { indexSheetContent } from "./indexSheet";
import { prepSheetContent } from "./prepSheet";
import { recordStyles } from "./recordStyles";
import { recordsReport } from "./recordsReport";
import type { RecordsReport } from "./recordsReport";
import { selectCustomers } from "./selectCustomers";
import { visitSheetContent } from "./visitSheet";

/**
 * A short, stable slot key of a customer for its record sheet's ownership name (names allow no spaces or
 * punctuation): FNV-1a of the folded name, 8 hex digits.
 * @example devSlot("甲公司") //=> "dev.1a2b3c4d" (some 8 hex digits)
 */
export function devSlot(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `dev.${hash.toString(16).padStart(8, "0")}`;
}

interface Planner {
  readonly workbook: WorkbookSnapshot;
  readonly names: string[];
  readonly edits: Edit[];
  readonly newCopy: boolean;
}

function plan(
  p: Planner,
  request: Omit<GeneratedSheetRequest, "job" | "newCopy">,
): { ok: true; sheet: string } | { ok: false; issues: readonly Issue[] } {
  const planned = planGeneratedSheet(
    { ...p.workbook, sheetNames: [...p.workbook.sheetNames, ...p.names] },
    { job: "records", ...request, ...(p.newCopy ? { newCopy: true } : {}) },
  );
  if (!planned.ok) return planned;
  p.names.push(planned.sheet);
  p.edits.push(...planned.edits);
  return { ok: true, sheet: planned.sheet };
}

/** The record sheets this job generated before, by slot. */
function earlierRecords(workbook: WorkbookSnapshot): Map<string, string> {
  const found = new Map<string, string>();
  for (const generated of workbook.generated)
    if (generated.job.startsWith("records.dev."))
      found.set(generated.job.slice("records.".length), generated.sheet);
  return found;
}

/** Plan the records job. */
export function planRecords(input: JobInput): JobOutcome<RecordsReport> {
  const sheet = input.sheets.accounts ?? "";
  const snapshot = input.workbook.sheets.get(sheet);
  if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
  const facts = customerFacts(snapshot.grid);
  if (!facts.ok) return facts;
  const chosen = selectCustomers(facts.customers, {
    names: String(input.options.customers ?? ""),
    tiers: String(input.options.tier ?? ""),
    sheet,
    hasTiers: hasTierColumn(snapshot.grid),
  });
  if (!chosen.ok) return chosen;
  const lang: Lang = input.lang ?? "zh-CN";
  const texts = catalog(lang).records;
  const p: Planner = { workbook: input.workbook, names: [], edits: [], newCopy: input.newCopy === true };
  const selected = chosen.selected;
  const visits = plan(p, {
    slot: "visits",
    name: texts.visit.sheet,
    tabColor: "C55A11",
    build: (s) =>
      visitSheetContent(
        s,
        selected.map((c) => c.name),
        texts.visit,
      ),
  });
  if (!visits.ok) return visits;
  const prep = plan(p, {
    slot: "prep",
    name: texts.prep.sheet,
    tabColor: "C55A11",
    build: (s) => prepSheetContent(s, selected, texts.prep),
  });
  if (!prep.ok) return prep;
  const earlier = earlierRecords(input.workbook);
  const created: string[] = [];
  const kept: string[] = [];
  for (const customer of selected) {
    const slot = devSlot(customer.key);
    if (earlier.has(slot)) {
      kept.push(earlier.get(slot) ?? "");
      continue;
    }
    const made = plan(p, {
      slot,
      name: customer.name,
      tabColor: "7030A0",
      build: (s) => devRecordContent(s, customer.name, texts.dev),
    });
    if (!made.ok) return made;
    earlier.set(slot, made.sheet);
    created.push(made.sheet);
  }
  const entries = indexEntries(input.workbook, facts.customers, earlier, new Set(created));
  const index = plan(p, {
    slot: "index",
    name: texts.index.sheet,
    tabColor: "7030A0",
    atEnd: true,
    build: (s) => indexSheetContent(s, entries, texts.index),
  });
  if (!index.ok) return index;
  return {
    ok: true,
    edit: { styles: recordStyles(), changes: p.edits },
    report: recordsReport({
      lang,
      sheet,
      selected,
      created,
      kept,
      visits: visits.sheet,
      prep: prep.sheet,
      index: index.sheet,
    }),
  };
}

/** One index entry per record sheet: the customers' order first, then sheets of customers no longer listed. */
function indexEntries(
  workbook: WorkbookSnapshot,
  customers: readonly CustomerFacts[],
  sheets: ReadonlyMap<string, string>,
  fresh: ReadonlySet<string>,
): Parameters<typeof indexSheetContent>[1] {
  const bySlot = new Map(customers.map((customer) => [devSlot(customer.key), customer.name]));
  const ordered = [...sheets.entries()].sort(([a], [b]) => order(a) - order(b));
  function order(slot: string): number {
    const at = customers.findIndex((customer) => devSlot(customer.key) === slot);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  }
  return ordered.map(([slot, sheet]) => {
    const grid = fresh.has(sheet) ? undefined : workbook.sheets.get(sheet)?.grid;
    return {
      customer: bySlot.get(slot) ?? sheet,
      sheet,
      stats: grid ? devRecordStats(grid, devLayout) : emptyDevStats,
    };
  });
}
