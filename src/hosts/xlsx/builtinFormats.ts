/**
 * Excel's built-in number formats by `numFmtId` (ECMA-376 part 1, 18.8.30): a cell style names them by id and the
 * styles part lists only custom codes. Ids 14 and 22 follow the system's short date in Excel (3/9/2024 in en-US,
 * 2024/3/9 in zh-CN); here they are yyyy-mm-dd, which reads the same in both languages. The locale-dependent
 * currency and East Asian ids (5–8, 27–36, 50–81) are absent: readers show them as General.
 */
export const builtinFormatCodes: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "yyyy-mm-dd"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "yyyy-mm-dd h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/** The built-in ids writers may name by code: the same in every locale (not 14 or 22, which follow the system). */
const writableIds = [0, 1, 2, 3, 4, 9, 10, 11, 49];

/** Format code → built-in id, for the codes a writer can name without adding a `<numFmt>`. */
export const builtinFormatIds: ReadonlyMap<string, number> = new Map(
  writableIds.map((id) => [builtinFormatCodes.get(id) ?? "", id]),
);
