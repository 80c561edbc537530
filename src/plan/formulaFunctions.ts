/**
 * Worksheet functions a plan may write: ones that Excel desktop, Excel on the web and LibreOffice Calc all have
 * (checked against Microsoft's function list and LibreOffice's function reference). A formula calling anything
 * else is refused before it is written, so a typo or a function LibreOffice lacks (e.g. XLOOKUP before 24.8,
 * FORECAST.ETS on the web) never reaches a person's file.
 */
export const portableFunctions: ReadonlySet<string> = new Set(
  [
    "ABS AND AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS CEILING CHOOSE COLUMN COLUMNS CONCATENATE CORREL COUNT COUNTA",
    "COUNTBLANK COUNTIF COUNTIFS DATE DATEDIF DAY DAYS EDATE EOMONTH EXACT EXP FIND FLOOR FORECAST FORECAST.LINEAR FV",
    "HLOOKUP IF IFERROR IFNA IFS INDEX INT INTERCEPT IRR ISBLANK ISERROR ISNUMBER ISTEXT LARGE LEFT LEN LN LOG LOG10",
    "LOOKUP LOWER MATCH MAX MAXIFS MEDIAN MID MIN MINIFS MOD MONTH N NA NETWORKDAYS NOT NOW NPV OR PERCENTILE",
    "PERCENTILE.INC PMT POWER PRODUCT PV RANK RANK.EQ RATE RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS SEARCH SIGN SLOPE",
    "SMALL SQRT STDEV STDEV.S SUBSTITUTE SUBTOTAL SUM SUMIF SUMIFS SUMPRODUCT SWITCH TEXT TODAY TREND TRIM UPPER",
    "VALUE VLOOKUP WEEKDAY WORKDAY YEAR",
  ]
    .join(" ")
    .split(" "),
);
