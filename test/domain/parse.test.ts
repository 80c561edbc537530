import fc from "fast-check";
import { parseAmount } from "../../src/domain/parse";

const num = (value: number, magnitude = false) => ({ kind: "number", value, magnitude });

describe("parseAmount", () => {
  describe("accepts", () => {
    it.each<[string | number, number]>([
      [1234.5, 1234.5],
      [-3, -3],
      [0, 0],
      ["1234", 1234],
      ["1,234,567.89", 1234567.89],
      ["¥1,234", 1234],
      ["￥1,234", 1234],
      ["$ 1,234.00", 1234],
      ["€12", 12],
      ["1,234 USD", 1234],
      ["RMB 1,234", 1234],
      ["CNY1234", 1234],
      ["1,234元", 1234],
      ["  1,234\u00a0", 1234], // NBSP around
      ["\u30001,234\u3000", 1234], // full-width spaces around
      ["1 234 567", 1234567], // spaces as thousands separators
      ["1\u00a0234", 1234],
      ["１２３，４５６．７８", 123456.78], // full-width digits and punctuation
      ["－１２３", -123],
      ["（１２３）", -123],
      ["(1,234.00)", -1234],
      ["-1,234", -1234],
      ["- 1,234", -1234],
      ["\u22121,234", -1234], // U+2212 minus sign
      ["-¥1,234", -1234],
      ["¥-1,234", -1234],
      ["+5", 5],
      [".5", 0.5],
      ["5.", 5],
      ["1e5", 100000],
      ["1.5E-3", 0.0015],
      ["-0", 0],
    ])("%j as %d", (raw, value) => {
      expect(parseAmount(raw)).toEqual(num(value));
    });

    it.each<[string, number]>([
      ["12.5%", 0.125],
      ["１２％", 0.12],
      ["-3%", -0.03],
      ["1.2万", 12000],
      ["3亿", 300000000],
      ["1.2 万元", 12000],
      ["(2万)", -20000],
      ["5千", 5000],
      ["2百万", 2000000],
    ])("%j as %d, carrying its own magnitude", (raw, value) => {
      expect(parseAmount(raw)).toEqual(num(value, true));
    });
  });

  describe("blank", () => {
    it.each([null, "", "   ", "\u00a0", "\u3000\t"])("%j", (raw) => {
      expect(parseAmount(raw)).toEqual({ kind: "blank" });
    });
  });

  describe("error values", () => {
    it.each([
      "#N/A",
      "#DIV/0!",
      "#VALUE!",
      "#REF!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ])("%s is missing with cell.errorValue", (raw) => {
      expect(parseAmount(raw)).toEqual({ kind: "missing", code: "cell.errorValue", text: raw });
    });

    it("keeps the trimmed text", () => {
      expect(parseAmount(" #n/a ")).toEqual({ kind: "missing", code: "cell.errorValue", text: "#n/a" });
    });
  });

  describe("placeholders", () => {
    it.each(["-", "—", "–", "--", "——", "N/A", "n/a", "NA", "待补充", "不详", "暂无", "无", "Ｎ／Ａ"])(
      "%s is missing with cell.placeholder",
      (raw) => {
        expect(parseAmount(raw)).toEqual({ kind: "missing", code: "cell.placeholder", text: raw });
      },
    );
  });

  describe("rejects", () => {
    it.each([
      "12abc",
      "1.2.3",
      "1,23", // misplaced separator: groups must be three digits
      "12,3456",
      ",123",
      "12 34", // spaces must group by three as well
      "(-5)", // two ways of saying negative
      "-(5)",
      "(5",
      "5)",
      "$12%",
      "12%万",
      "¥5元",
      "abc",
      "#foo",
      "1,234e5",
      "e5",
      ".",
    ])("%j as invalid", (raw) => {
      expect(parseAmount(raw)).toEqual({ kind: "invalid", text: raw });
    });

    it("rejects booleans", () => {
      expect(parseAmount(true)).toEqual({ kind: "invalid", text: "TRUE" });
      expect(parseAmount(false)).toEqual({ kind: "invalid", text: "FALSE" });
    });

    it("rejects non-finite numbers", () => {
      expect(parseAmount(Number.NaN)).toEqual({ kind: "invalid", text: "NaN" });
      expect(parseAmount(Number.POSITIVE_INFINITY)).toEqual({ kind: "invalid", text: "Infinity" });
    });
  });

  describe("round trips", () => {
    // Two decimals, as money is written; toLocaleString("en-US") gives separators such as 1,234,567.89.
    const cents = fc.integer({ min: -1e13, max: 1e13 }).map((n) => n / 100);
    const toFullWidth = (text: string) =>
      text.replace(/[0-9.,\-()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const withSeparators = (value: number) =>
      Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

    it("reads a number written with thousands separators back as itself", () => {
      fc.assert(
        fc.property(cents, (value) => {
          const text = (value < 0 ? "-" : "") + withSeparators(value);
          expect(parseAmount(text)).toEqual(num(value));
        }),
      );
    });

    it("reads a number with a currency sign or code, or in accounting brackets, back as itself", () => {
      fc.assert(
        fc.property(cents, fc.constantFrom("¥", "￥", "$", "€", "RMB ", "CNY"), (value, sign) => {
          const body = sign + withSeparators(value);
          expect(parseAmount(value < 0 ? `(${body})` : body)).toEqual(num(value));
        }),
      );
    });

    it("reads full-width digits and punctuation back as the number", () => {
      fc.assert(
        fc.property(cents, (value) => {
          const text = toFullWidth((value < 0 ? "-" : "") + withSeparators(value));
          expect(parseAmount(text)).toEqual(num(value));
        }),
      );
    });

    it("reads String(x) back as x for any finite double", () => {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
          expect(parseAmount(String(value))).toEqual(num(value === 0 ? 0 : value));
        }),
      );
    });
  });
});
