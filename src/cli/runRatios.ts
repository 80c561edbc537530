import type { Lang } from "../domain/types";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import type { FieldOverrides } from "../domain/source";
import { inspectRatios, planRatios, type RatioOptions, type RatioPlan } from "../jobs/ratios";
import type { SheetSnapshot } from "../plan/sheetSnapshot";
import { resolveFieldChoices, type FieldChoice } from "./fieldMap";
import { nodeZipCodec } from "./nodeZipCodec";

/** What a ratio run on a package gives back: the plan's outcome and, when it ran, the new package. */
export interface RatioRun {
  readonly plan: RatioPlan;
  readonly bytes?: Uint8Array;
}

export interface RatioRunOptions {
  readonly sheet?: string;
  readonly lang?: Lang;
  readonly days: 365 | 360;
  /** `--map` choices; a header text is looked up in the sheet's header row. */
  readonly map?: readonly FieldChoice[];
}

/**
 * Run the ratio job on an .xlsx package held in memory. Throws XlsxError for an unreadable file or unknown sheet,
 * and UsageError for a `--map` header text the sheet's header row does not have.
 */
export async function runRatiosOnPackage(input: Uint8Array, options: RatioRunOptions): Promise<RatioRun> {
  const workbook = XlsxWorkbook.open(input, { codec: nodeZipCodec });
  const sheet = options.sheet ?? (await workbook.activeSheet());
  const plan = await workbook.runJob(sheet, (snapshot) => {
    const base: RatioOptions = { days: options.days, ...(options.lang ? { lang: options.lang } : {}) };
    const overrides = fieldOverrides(snapshot, base, options.map ?? []);
    const outcome = planRatios(snapshot, overrides ? { ...base, overrides } : base);
    return { edit: outcome.ok ? outcome.edit : null, result: outcome };
  });
  return plan.ok ? { plan, bytes: workbook.toBytes() } : { plan };
}

/** The overrides `--map` means on this sheet; undefined when there are none or no header row to read them by. */
function fieldOverrides(
  snapshot: SheetSnapshot,
  options: RatioOptions,
  map: readonly FieldChoice[],
): FieldOverrides | undefined {
  if (map.length === 0) return undefined;
  const inspection = inspectRatios(snapshot, options);
  // Without a header row the plan refuses on its own (source.noHeaderRow); --map cannot place one.
  if (!inspection.ok) return undefined;
  return resolveFieldChoices(map, inspection.layout.headers, inspection.layout.headerRow);
}
