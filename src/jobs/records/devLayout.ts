/**
 * Where everything is on a Development record (大客户开发记录表) sheet: the index sheet's formulas and
 * `devRecordStats` read the same addresses, so they live in one place.
 */
import { columnLetters } from "../../domain/address";

/** Record rows the seed's table asks for at least. */
export const defaultRecordRows = 30;

/** Addresses of a record sheet with `rows` record rows (see `devLayoutFor`). */
export interface DevLayout {
  readonly titleRow: number;
  /** The customer's name (text), right of "客户名称：". */
  readonly nameCell: string;
  /** The input cell right of "未成功原因：" / "Reason not yet successful:". */
  readonly reasonCell: string;
  /** The two header rows: groups, then stage and attitude names. */
  readonly headerRows: readonly [number, number];
  readonly firstRow: number;
  readonly lastRow: number;
  /** Date & time column. */
  readonly dateColumn: string;
  readonly personColumn: string;
  readonly durationColumn: string;
  readonly methodColumn: string;
  /** Contact, product explanation, product demo, proposal, contract (stage 1…5). */
  readonly stageColumns: readonly string[];
  /** Enthusiastic, neutral, cold. */
  readonly attitudeColumns: readonly string[];
  readonly remarksColumn: string;
  /** Last column of the table proper. */
  readonly lastColumn: string;
  /** Helper: the furthest stage ticked in the row, 0…5. */
  readonly stageHelper: string;
  /** Helper: the row's attitude text ("" when none is ticked). */
  readonly attitudeHelper: string;
}

/**
 * The layout for `rows` record rows: title row 1, name row 2, reason row 3, headers rows 4–5, records from row 6;
 * columns A date & time, B person, C duration, D method, E–I stages, J–L attitudes, M remarks, (N gap), O–P helpers.
 * @example devLayoutFor(30).lastRow //=> 35
 */
export function devLayoutFor(rows: number): DevLayout {
  const firstRow = 6;
  return {
    titleRow: 1,
    nameCell: "B2",
    reasonCell: "B3",
    headerRows: [4, 5],
    firstRow,
    lastRow: firstRow + Math.max(1, rows) - 1,
    dateColumn: "A",
    personColumn: "B",
    durationColumn: "C",
    methodColumn: "D",
    stageColumns: [5, 6, 7, 8, 9].map(columnLetters),
    attitudeColumns: [10, 11, 12].map(columnLetters),
    remarksColumn: "M",
    lastColumn: "M",
    stageHelper: "O",
    attitudeHelper: "P",
  };
}

/** The layout of a record sheet generated with the default 30 rows. */
export const devLayout: DevLayout = devLayoutFor(defaultRecordRows);

/**
 * A text as a formula's string literal, quotes doubled.
 * @example formulaString('say "hi"') //=> '"say ""hi"""'
 */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
