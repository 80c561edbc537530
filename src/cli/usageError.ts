import type { MessageKey } from "../i18n";

/** A command line that cannot be understood: exit code 2, with a message naming what was wrong. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    readonly code: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}
