/** A failure as the pane shows it: a sentence for people, and the codes for a details line. */
export interface Failure {
  /** What happened, in the words of the failing part (Excel's own message), without internal codes. */
  readonly message: string;
  /** Internal codes, e.g. "excel.runFailed · InvalidArgument"; null when there are none. */
  readonly details: string | null;
}

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : null;
}

/**
 * A host failure or a bug caught at the pane's boundary, split into the text to show and the codes to keep for a
 * details line: ExcelHostError("excel.runFailed", Excel's error) → Excel's message, "excel.runFailed · its code".
 */
export function describeError(error: unknown): Failure {
  if (!(error instanceof Error)) return { message: String(error), details: null };
  const codes = [codeOf(error), codeOf(error.cause)].filter((code): code is string => code !== null);
  const inner = error.cause instanceof Error && codes.length > 0 ? error.cause.message : error.message;
  // Host errors prefix their code ("excel.runFailed: …"); the code goes to the details line instead.
  const own = codeOf(error);
  const message = own !== null && inner.startsWith(`${own}: `) ? inner.slice(own.length + 2) : inner;
  return {
    message: message === "" ? String(own) : message,
    details: codes.length > 0 ? codes.join(" · ") : null,
  };
}
