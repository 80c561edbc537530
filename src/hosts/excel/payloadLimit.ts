import { ExcelHostError } from "./excelHostError";

/**
 * Excel on the web refused a sync for its size: the request (writes) or the response (reads) passed its 5 MB limit.
 * These are Office.js core error codes (`OfficeExtension.ErrorCodes`); Excel on Windows and Mac have no such limit.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * `attempt(size)`; while Excel refuses the sync for its payload, `attempt` again with half the size (rounded down),
 * down to `min`; below it, ExcelHostError excel.payloadTooLarge with Excel's error as cause. Any other failure is
 * thrown as it is. Each attempt queues its whole sync again: a refused request carried nothing into the workbook
 * (Excel checks the size before running it) and a refused response came from a sync that only read, so what the
 * failed sync had queued is simply queued anew, smaller.
 * @example sizes tried for 1 000 rows refused twice: 1 000, 500, 250
 */
export async function shrinkingOnPayloadError<T>(
  size: number,
  min: number,
  attempt: (size: number) => Promise<T>,
): Promise<T> {
  try {
    return await attempt(size);
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    const half = Math.floor(size / 2);
    if (half < min || half === size) throw new ExcelHostError("excel.payloadTooLarge", error);
    return shrinkingOnPayloadError(half, min, attempt);
  }
}
