/**
 * Column widths: the vocabulary gives them in characters of the default font (Excel's unit, what the .xlsx `<col
 * width>` holds); Office.js sets them in points. One conversion for every host, at Excel's default font (Calibri 11,
 * a maximum digit width of 7 px): a width of n characters is n × 7 px of digits plus 5 px of padding, rounded to
 * whole pixels as Excel draws it, and a pixel is 0.75 pt at 96 dpi.
 */

/** Pixels of one digit of the default font (Calibri 11). */
const digitWidthPx = 7;
/** Padding Excel adds to every column, in pixels. */
const columnPaddingPx = 5;
/** Points per pixel at 96 dpi. */
const pointsPerPx = 0.75;

/**
 * Points of a column `chars` characters wide.
 * @example columnWidthPoints(8.43) //=> 48 (Excel's default column: 8.43 × 7 + 5 = 64 px)
 * @example columnWidthPoints(16) //=> 87.75 (16 × 7 + 5 = 117 px)
 */
export function columnWidthPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round(chars * digitWidthPx + columnPaddingPx) * pointsPerPx;
}
