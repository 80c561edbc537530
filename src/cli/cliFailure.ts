/** A run that could not happen (missing file, unknown sheet, refusal): exit code 1, one line on stderr. */
export class CliFailure extends Error {
  override readonly name = "CliFailure";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
