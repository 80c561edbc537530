import type { Lang } from "../domain/types";
import type { MessageParams } from "../i18n";
import { catalog, interpolate } from "../i18n";

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

/** The pane's own words for a host failure it can explain (`hostErrors` in the catalogs, with its params), or null. */
function hostErrorText(error: Error, lang: Lang): string | null {
  const code = codeOf(error);
  const texts: Readonly<Record<string, string | undefined>> = catalog(lang).hostErrors;
  const template = code === null ? undefined : texts[code];
  if (template === undefined) return null;
  const params = (error as { params?: unknown }).params;
  return interpolate(
    template,
    typeof params === "object" && params !== null ? (params as MessageParams) : {},
  );
}

/**
 * A host failure or a bug caught at the pane's boundary, split into the text to show and the codes to keep for a
 * details line: ExcelHostError("excel.runFailed", Excel's error) → Excel's message, "excel.runFailed · its code".
 * Given `lang`, a failure the catalogs word (ExcelHostError("excel.sheetProtected") names the sheet and what to do)
 * shows in the pane's language instead.
 */
export function describeError(error: unknown, lang?: Lang): Failure {
  if (!(error instanceof Error)) return { message: String(error), details: null };
  const codes = [codeOf(error), codeOf(error.cause)].filter((code): code is string => code !== null);
  const inner = error.cause instanceof Error && codes.length > 0 ? error.cause.message : error.message;
  // Host errors prefix their code ("excel.runFailed: …"); the code goes to the details line instead.
  const own = codeOf(error);
  const message = own !== null && inner.startsWith(`${own}: `) ? inner.slice(own.length + 2) : inner;
  const known = lang === undefined ? null : hostErrorText(error, lang);
  return {
    message: known ?? (message === "" ? String(own) : message),
    details: codes.length > 0 ? codes.join(" · ") : null,
  };
}
