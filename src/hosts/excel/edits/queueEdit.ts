import type { StyleSheet } from "../../../plan/edits";
import type { FormatClears } from "./formatClears";
import { queueFormatClears } from "./formatClears";
import type { PreparedEdit } from "./prepareEdits";
import { queueCellRows, queueStyleEdit } from "./queueCells";
import { queueChart } from "./queueChart";
import {
  queueColumnWidths,
  queueCreateSheet,
  queueFreeze,
  queueHyperlink,
  queueRowHeights,
  queueTable,
} from "./queueLayout";
import { queueName, queueOwn } from "./queueNames";
import { queuePageSetup } from "./queuePageSetup";
import { queueConditionalFormat, queueValidation } from "./queueRules";

/**
 * What queueing needs besides the edit: the styles, the defined names present (kept up to date), and the ranges
 * `replace` conditional formats clear (cleared once per list).
 */
export interface QueueState {
  readonly styles: StyleSheet;
  readonly names: Set<string>;
  readonly formatClears: FormatClears;
}

/**
 * Queue rows `start .. start + count - 1` of one prepared edit (every kind but `columnBlock`, which goes through
 * writeEdit); kinds other than `cells` have a single row.
 */
export function queueEdit(
  workbook: Excel.Workbook,
  prepared: PreparedEdit,
  start: number,
  count: number,
  state: QueueState,
): void {
  const edit = prepared.edit;
  switch (edit.kind) {
    case "columnBlock":
      return;
    case "createSheet":
      return queueCreateSheet(workbook, edit);
    case "deleteSheet":
      return workbook.worksheets.getItem(edit.sheet).delete();
    case "name":
      return queueName(workbook, edit, state.names);
    case "own":
      return queueOwn(workbook, edit, state.names);
  }
  const sheet = workbook.worksheets.getItem(edit.sheet);
  switch (edit.kind) {
    case "cells":
      if (prepared.cells) queueCellRows(sheet, prepared.cells, state.styles, start, count);
      return;
    case "style": {
      const style = state.styles[edit.style];
      if (style) queueStyleEdit(sheet, edit, style, prepared.numberFormat, { start, count });
      return;
    }
    case "merge":
      return sheet.getRange(edit.range).merge(false);
    case "clear":
      return sheet.getRange(edit.range).clear("All");
    case "columnWidths":
      return queueColumnWidths(sheet, edit);
    case "rowHeights":
      return queueRowHeights(sheet, edit);
    case "freeze":
      return queueFreeze(sheet, edit);
    case "hyperlink":
      return queueHyperlink(sheet, edit);
    case "table":
      return queueTable(sheet, edit);
    case "validation":
      return queueValidation(sheet, edit);
    case "conditionalFormat":
      queueFormatClears(sheet, edit.sheet, state.formatClears);
      return queueConditionalFormat(sheet, edit);
    case "pageSetup":
      return queuePageSetup(sheet, edit);
    case "chart":
      return queueChart(workbook, sheet, edit);
  }
}
