import fc from "fast-check";
import { formatValue, general } from "../../../src/taskpane/preview/numberFormat/formatValue";
import { moment } from "../../../src/taskpane/preview/numberFormat/datePattern";

// Expected texts worked out by hand from Excel's rules for each code (and what Excel shows for them). Date serials:
// day 1 is 1900-01-01 and serials from 61 count from 1899-12-30, so 45292 = 2024-01-01 (a Monday) and
// 45360 = 45292 + 31 (January) + 29 (February 2024) + 8 = 2024-03-09, a Saturday.

describe("formatValue", () => {
  it.each([
    [0.1234, "0.0%", "12.3%"],
    [0.4, "0.0%", "40.0%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [1.5, "0.00", "1.50"],
    [1234567.891, "#,##0", "1,234,568"],
    [-1234.567, "#,##0.00", "-1,234.57"],
    [2.5, "0", "3"],
    [-2.5, "0", "-3"],
    [0.5, "#.00", ".50"],
    [1, "0.##", "1."],
    [1.25, "0.0#", "1.25"],
    [1234567, "#,##0,", "1,235"],
    [12345.678, "0.00E+00", "1.23E+04"],
    [0.000123, "0.00E+00", "1.23E-04"],
    [1500, '#,##0.00 "万元"', "1,500.00 万元"],
    [1234.5, "[$€-407] #,##0.00", "€ 1,234.50"],
    [1234, "[Red]#,##0", "1,234"],
  ])("shows %p under %p as %p", (value, code, shown) => {
    expect(formatValue(value, code)).toBe(shown);
  });

  it("rounds on 15 significant digits as Excel does: 1.005 shows as 1.01", () => {
    expect(formatValue(1.005, "0.00")).toBe("1.01");
  });

  it("picks the section for the sign: negative as written, zero's own text", () => {
    expect(formatValue(-5, "#,##0.00;(#,##0.00)")).toBe("(5.00)");
    expect(formatValue(0, '0.00;-0.00;"-"')).toBe("-");
    expect(formatValue(-5, "$#,##0")).toBe("-$5");
    expect(formatValue(-3, "General;-General")).toBe("-3");
  });

  it.each([
    [45360, "yyyy-mm-dd", "2024-03-09"],
    [45360, "yyyy-mm", "2024-03"],
    [45360, 'yyyy"年"m"月"d"日"', "2024年3月9日"],
    [45360, "mmm d, yyyy", "Mar 9, 2024"],
    [45360, "dddd d mmmm yy", "Saturday 9 March 24"],
    [45292, "ddd", "Mon"],
    [45360.75, "yyyy-mm-dd hh:mm", "2024-03-09 18:00"],
    [0.75, "h:mm AM/PM", "6:00 PM"],
    [0.5 + 1 / 86400, "hh:mm:ss", "12:00:01"],
    [1.25, "[h]:mm", "30:00"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [1, "yyyy-mm-dd", "1900-01-01"],
  ])("shows the serial %p under %p as %p", (value, code, shown) => {
    expect(formatValue(value, code)).toBe(shown);
  });

  it("shows General numbers in at most 11 characters", () => {
    expect(formatValue(1234.5, "General")).toBe("1234.5");
    expect(general(1 / 3)).toBe("0.333333333");
    expect(general(123456789012)).toBe("1.23457E+11");
    expect(general(-0.000000000123)).toBe("-1.23E-10");
    expect(general(42)).toBe("42");
  });

  it("shows text as it is, or through the text section's @", () => {
    expect(formatValue("KA001", "General")).toBe("KA001");
    expect(formatValue("KA001", "@")).toBe("KA001");
    expect(formatValue("KA001", '"Customer "@')).toBe("Customer KA001");
    expect(formatValue("x", '0;-0;0;"<"@">"')).toBe("<x>");
    expect(formatValue(42, "@")).toBe("42");
  });

  describe("edge cases", () => {
    it("shows empty cells as nothing, booleans and errors as Excel does", () => {
      expect(formatValue(null, "0.00")).toBe("");
      expect(formatValue(true, "0.00")).toBe("TRUE");
      expect(formatValue("#N/A", "0.00")).toBe("#N/A");
    });

    it("falls back to General for fractions and an empty code", () => {
      expect(formatValue(0.5, "# ?/?")).toBe("0.5");
      expect(formatValue(2.25, "")).toBe("2.25");
    });

    it("shows ##### for a negative date", () => {
      expect(formatValue(-1, "yyyy-mm-dd")).toBe("#####");
    });

    it("carries a time that rounds to midnight into the next day", () => {
      expect(moment(45359.9999999)).toMatchObject({ year: 2024, month: 3, day: 9, hours: 0 });
    });
  });

  describe("laws", () => {
    it("a number shown with 0.00 parses back to itself rounded to cents", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
          expect(Number(formatValue(cents / 100, "0.00"))).toBe(cents / 100);
        }),
      );
    });

    it("grouping thousands changes nothing but the commas", () => {
      fc.assert(
        fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
          expect(formatValue(value, "#,##0.00").replace(/,/g, "")).toBe(formatValue(value, "0.00"));
        }),
      );
    });
  });
});
