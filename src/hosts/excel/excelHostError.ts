/**
 * A failure of Excel (or of the Office.js request) while the host read or wrote; `cause` is Excel's own error.
 * `params` fill the placeholders of the pane's message for `code` (`hostErrors` in the catalogs), e.g. `{ sheet }`.
 */
export class ExcelHostError extends Error {
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;

  constructor(code: string, cause?: unknown, params: Readonly<Record<string, string>> = {}) {
    super(
      cause instanceof Error ? `${code}: ${cause.message}` : code,
      cause === undefined ? undefined : { cause },
    );
    this.name = "ExcelHostError";
    this.code = code;
    this.params = params;
  }
}

/** Run `work`; any failure that is not already an ExcelHostError becomes one with `code`, the original as `cause`. */
export async function guard<T>(code: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof ExcelHostError ? error : new ExcelHostError(code, error);
  }
}
