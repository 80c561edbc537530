/**
 * A1 addresses: 1-based column numbers to letters and back. Shared by the domain, the plans and the hosts.
 */

/** Excel's last column, XFD. */
export const maxColumnNumber = 16384;

/** Thrown when code asks for an address outside the sheet: a bug in the caller, not bad cell data. */
export class AddressError extends Error {
  readonly code = "address.outOfRange";
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "AddressError";
  }
}

/**
 * Column letters of a 1-based column number (bijective base 26).
 * @example columnLetters(1) //=> "A"
 * @example columnLetters(27) //=> "AA"
 * @example columnLetters(16384) //=> "XFD"
 */
export function columnLetters(col1: number): string {
  if (!Number.isInteger(col1) || col1 < 1 || col1 > maxColumnNumber) {
    throw new AddressError(`column ${col1} is outside A..XFD`);
  }
  let letters = "";
  // Bijective base 26 has no zero digit, hence the -1 before each division.
  for (let n = col1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * 1-based column number of column letters (case-insensitive).
 * @example columnNumber("AA") //=> 27
 * @example columnNumber("xfd") //=> 16384
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new AddressError(`"${letters}" is not a column`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > maxColumnNumber) throw new AddressError(`column ${letters} is outside A..XFD`);
  return n;
}

/**
 * A1 address of a 1-based row and column.
 * @example a1(17, 6) //=> "F17"
 */
export function a1(row1: number, col1: number): string {
  if (!Number.isInteger(row1) || row1 < 1 || row1 > 1048576) {
    throw new AddressError(`row ${row1} is outside 1..1048576`);
  }
  return columnLetters(col1) + String(row1);
}
