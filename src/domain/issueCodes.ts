/**
 * The issue codes every job may raise: cells that should hold numbers, source tables, refusals to write and edit
 * lists that cannot be applied. A job's own codes (e.g. the ratio job's `ratio.*`) are declared by the job
 * (`JobDefinition.issueCodes`); tests hold both lists to a message in each catalog.
 * - cell.*    a cell that should hold a number does not
 * - source.*  the sheet does not look like a source table
 * - output.*  the job refuses to write
 * - edit.*    a plan's edit list cannot be applied (a bug in a job, caught before anything is written)
 */
export const sharedIssueCodes: readonly string[] = [
  "cell.blank",
  "cell.errorValue",
  "cell.placeholder",
  "cell.notNumber",
  "source.noHeaderRow",
  "source.missingField",
  "source.noDataRows",
  "output.headerConflict",
  "output.cellNotEmpty",
  "output.ownedBlockChanged",
  "output.sheetProtected",
  "output.noRoom",
  "output.generatedSheetEdited",
  "edit.unknownSheet",
  "edit.badSheetName",
  "edit.sheetExists",
  "edit.badRange",
  "edit.badFormula",
  "edit.unknownFunction",
  "edit.unknownStyle",
  "edit.mergeOverlap",
  "edit.badName",
  "edit.nameClash",
  "edit.badNumber",
  "edit.listTooLong",
  "edit.tableTooSmall",
  "edit.badChart",
  "edit.badFlag",
];

/** The codes the ratio core raises when a ratio cannot be computed. */
export const ratioIssueCodes: readonly string[] = ["ratio.zeroDenominator", "ratio.negativeDenominator"];
