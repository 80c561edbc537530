import type { IssueCode } from "./types";

// A Record, not an array literal, so the compiler fails here when types.ts gains a code this list lacks.
const everyIssueCode: Readonly<Record<IssueCode, true>> = {
  "cell.blank": true,
  "cell.errorValue": true,
  "cell.placeholder": true,
  "cell.notNumber": true,
  "ratio.zeroDenominator": true,
  "ratio.negativeDenominator": true,
  "source.noHeaderRow": true,
  "source.missingField": true,
  "source.noDataRows": true,
  "output.headerConflict": true,
  "output.cellNotEmpty": true,
  "output.ownedBlockChanged": true,
  "output.sheetProtected": true,
  "output.noRoom": true,
  "edit.unknownSheet": true,
  "edit.badSheetName": true,
  "edit.sheetExists": true,
  "edit.badRange": true,
  "edit.badFormula": true,
  "edit.unknownFunction": true,
  "edit.unknownStyle": true,
  "edit.mergeOverlap": true,
  "edit.badName": true,
  "edit.badNumber": true,
  "edit.listTooLong": true,
  "edit.tableTooSmall": true,
  "edit.badChart": true,
};

/** Every issue code at run time, e.g. for catalog tests. */
export const issueCodes: readonly IssueCode[] = Object.keys(everyIssueCode) as IssueCode[];
