import type { WorkbookChange } from "../../plan/sheetSnapshot";
import type { ExcelRunner } from "./excelWorkbook";

type Listener = (change: WorkbookChange) => void;
type Handler = OfficeExtension.EventHandlerResult<unknown>;

/** Whether Office supports an ExcelApi requirement set, e.g. "1.17"; tests pass their own answer. */
export type ExcelApiCheck = (version: string) => boolean;

const officeCheck: ExcelApiCheck = (version) =>
  Office.context.requirements.isSetSupported("ExcelApi", version);

/**
 * Listens to the workbook for the pane: a sheet activated (ExcelApi 1.7), sheets added or deleted (1.7) or renamed
 * (1.17, where supported), and edits of the `source` sheet (1.7) except those this add-in made itself (Excel says so
 * from 1.14). One Excel.run adds the handlers; the returned function removes them. Handlers are inert from the
 * moment it is called, so a removal that fails (the workbook is closing) changes nothing for the pane.
 */
export function watchWorkbook(
  run: ExcelRunner,
  listener: Listener,
  source: string | null,
  supports: ExcelApiCheck = officeCheck,
): () => void {
  let stopped = false;
  const tell = (change: WorkbookChange) => {
    if (!stopped) listener(change);
    return Promise.resolve();
  };
  const added = run(async (context) => {
    const sheets = context.workbook.worksheets;
    const handlers: Handler[] = [
      sheets.onActivated.add(async (args) =>
        tell({ kind: "activated", sheet: await sheetName(run, args.worksheetId) }),
      ),
      sheets.onAdded.add(() => tell({ kind: "sheets" })),
      sheets.onDeleted.add(() => tell({ kind: "sheets" })),
    ];
    if (supports("1.17")) handlers.push(sheets.onNameChanged.add(() => tell({ kind: "sheets" })));
    if (source !== null)
      handlers.push(
        sheets.getItem(source).onChanged.add((args) =>
          // The job's own write is not a reason to read again (Excel tells from ExcelApi 1.14; older: the pane waits).
          args.triggerSource === "ThisLocalAddin"
            ? Promise.resolve()
            : tell({ kind: "edited", sheet: source }),
        ),
      );
    await context.sync();
    return handlers;
  });
  // Without events the pane still works (Read again reads the sheet), so a failed subscription only loses liveness.
  const settled = added.catch(() => [] as Handler[]);
  return () => {
    stopped = true;
    void settled.then(remove);
  };
}

async function sheetName(run: ExcelRunner, worksheetId: string): Promise<string> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(worksheetId);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}

async function remove(handlers: readonly Handler[]): Promise<void> {
  const first = handlers[0];
  if (first === undefined) return;
  for (const handler of handlers) handler.remove();
  // The handlers are already inert; a failed removal (workbook closing) leaves nothing to undo.
  await first.context.sync().catch(() => undefined);
}
