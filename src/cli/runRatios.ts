import type { Lang } from "../domain/types";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { planRatios, type RatioPlan } from "../jobs/ratios";
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
}

/** Run the ratio job on an .xlsx package held in memory. Throws XlsxError for an unreadable file or unknown sheet. */
export async function runRatiosOnPackage(input: Uint8Array, options: RatioRunOptions): Promise<RatioRun> {
  const workbook = XlsxWorkbook.open(input, { codec: nodeZipCodec });
  const sheet = options.sheet ?? (await workbook.activeSheet());
  const plan = await workbook.runJob(sheet, (snapshot) => {
    const outcome = planRatios(snapshot, {
      days: options.days,
      ...(options.lang ? { lang: options.lang } : {}),
    });
    return { edit: outcome.ok ? outcome.edit : null, result: outcome };
  });
  return plan.ok ? { plan, bytes: workbook.toBytes() } : { plan };
}
