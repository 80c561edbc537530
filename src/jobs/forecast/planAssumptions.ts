/**
 * The Forecast assumptions sheet of a run: the one the person chose (role "assumptions"), else the one the job
 * generated before, read on every run and never reset; created with the defaults (and its defined names) when there
 * is none. Any unusable value stops the job with a message naming its cell.
 */
import type { Issue, Lang } from "../../domain/types";
import { catalog } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { planGeneratedSheet } from "../../plan/generatedSheet";
import type { JobInput } from "../jobDefinition";
import type { Assumptions } from "./assumptions";
import { defaultAssumptions } from "./assumptions";
import { assumptionsSheetContent, readAssumptions } from "./assumptionsSheet";

export type AssumptionsPlan =
  | {
      readonly ok: true;
      readonly values: Assumptions;
      readonly sheet: string;
      /** Names of sheets this run creates (for later unique names). */
      readonly created: readonly string[];
      readonly edits: readonly Edit[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The assumptions sheet in play: the role's sheet when chosen, else the one the job generated last. */
function findSheet(input: JobInput): string | undefined {
  if (input.sheets.assumptions) return input.sheets.assumptions;
  let found: string | undefined;
  let at = -1;
  for (const generated of input.workbook.generated) {
    const index = input.workbook.sheetNames.indexOf(generated.sheet);
    if (generated.job === "forecast.assumptions" && index > at) [found, at] = [generated.sheet, index];
  }
  return found;
}

/** Read or create the assumptions. */
export function planAssumptions(input: JobInput, lang: Lang): AssumptionsPlan {
  const texts = [catalog(lang).forecast, catalog(lang === "zh-CN" ? "en-US" : "zh-CN").forecast];
  const sheet = findSheet(input);
  if (sheet !== undefined) {
    const snapshot = input.workbook.sheets.get(sheet);
    if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
    const read = readAssumptions(snapshot.grid, texts);
    if (read.issues.length > 0) return { ok: false, issues: read.issues };
    return { ok: true, values: read.values, sheet, created: [], edits: [] };
  }
  const planned = planGeneratedSheet(input.workbook, {
    job: "forecast",
    slot: "assumptions",
    name: catalog(lang).forecast.assumptions.sheet,
    tabColor: "7F7F7F",
    build: (name) => assumptionsSheetContent(name, defaultAssumptions, catalog(lang).forecast),
  });
  if (!planned.ok) return planned;
  return { ok: true, values: defaultAssumptions, sheet: planned.sheet, created: [planned.sheet], edits: planned.edits };
}
