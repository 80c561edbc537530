/** The text to show for a host failure or a bug caught at the pane's boundary, with its code when it has one. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" && !error.message.includes(code)
    ? `${error.message} (${code})`
    : error.message;
}
