import { foldText, parseTxNumber, txTextNumber } from "../../../src/domain/transactions/txNumber";
import { compareCodePoints, isTxBlank, trimSpelling } from "../../../src/domain/transactions/txText";

describe("foldText", () => {
  it("folds full-width ASCII and the ideographic space, trims, and collapses whitespace runs", () => {
    expect(foldText("ＡＢＣ有限公司 ")).toBe("ABC有限公司");
    expect(foldText("　ＳＫＵ－００１　")).toBe("SKU-001");
    expect(foldText(" a \t\n b ")).toBe("a b");
  });

  it("keeps case and everything outside U+FF01–U+FF5E (not NFKC)", () => {
    expect(foldText("Abc")).toBe("Abc");
    // U+FFE5 FULLWIDTH YEN SIGN is outside the folded block; NFKC would make it ¥.
    expect(foldText("￥")).toBe("￥");
    expect(foldText("①")).toBe("①");
  });
});

describe("parseTxNumber", () => {
  it("takes a finite number cell as it is", () => {
    expect(parseTxNumber(12.5)).toEqual({ kind: "number", value: 12.5 });
    expect(parseTxNumber(-3)).toEqual({ kind: "number", value: -3 });
  });

  it("reads texts with currency signs and codes, commas and parentheses", () => {
    expect(parseTxNumber("¥1,234.50")).toEqual({ kind: "number", value: 1234.5 });
    // The full-width yen Chinese exports use is a currency sign too (though folding leaves it as it is).
    expect(parseTxNumber("￥1,234.50")).toEqual({ kind: "number", value: 1234.5 });
    expect(parseTxNumber("$ 99")).toEqual({ kind: "number", value: 99 });
    expect(parseTxNumber("rmb 1,000")).toEqual({ kind: "number", value: 1000 });
    expect(parseTxNumber("CNY12")).toEqual({ kind: "number", value: 12 });
    expect(parseTxNumber("usd 0.5")).toEqual({ kind: "number", value: 0.5 });
    expect(parseTxNumber("(1,234.50)")).toEqual({ kind: "number", value: -1234.5 });
    expect(parseTxNumber("¥(5)")).toEqual({ kind: "number", value: -5 });
    expect(parseTxNumber("  +7 ")).toEqual({ kind: "number", value: 7 });
    expect(parseTxNumber("-.25")).toEqual({ kind: "number", value: -0.25 });
    expect(parseTxNumber("１２３．５")).toEqual({ kind: "number", value: 123.5 });
    expect(parseTxNumber("（５）")).toEqual({ kind: "number", value: -5 });
  });

  it("calls blank texts blank", () => {
    expect(parseTxNumber(null)).toEqual({ kind: "blank" });
    expect(parseTxNumber("")).toEqual({ kind: "blank" });
    expect(parseTxNumber(" \u3000 ")).toEqual({ kind: "blank" });
  });

  it("rejects bad text, booleans, error values and infinities", () => {
    for (const raw of [
      "12元",
      "abc",
      "1.2.3",
      "1.",
      "--5",
      "(-5)",
      "(¥5)",
      "$$5",
      "RMB",
      "1 000",
      "1e3",
      "#N/A",
      "#VALUE!",
    ]) {
      expect([raw, parseTxNumber(raw)]).toEqual([raw, { kind: "invalid" }]);
    }
    expect(parseTxNumber(true)).toEqual({ kind: "invalid" });
    expect(parseTxNumber(Number.POSITIVE_INFINITY)).toEqual({ kind: "invalid" });
    expect(parseTxNumber(Number.NaN)).toEqual({ kind: "invalid" });
  });

  it("strips one currency prefix only, at the start", () => {
    expect(txTextNumber("5 USD")).toBeNaN();
    expect(txTextNumber("USD-5")).toBe(-5);
  });
});

describe("text helpers", () => {
  it("isTxBlank: whitespace and ideographic spaces only", () => {
    expect(isTxBlank(undefined)).toBe(true);
    expect(isTxBlank("\t\u3000")).toBe(true);
    expect(isTxBlank(0)).toBe(false);
    expect(isTxBlank(false)).toBe(false);
    expect(isTxBlank(" x")).toBe(false);
  });

  it("trimSpelling keeps the width and inner spacing", () => {
    expect(trimSpelling("\u3000ＡＢＣ  有限公司 ")).toBe("ＡＢＣ  有限公司");
  });

  it("compareCodePoints sorts by code point, not UTF-16 unit or locale", () => {
    expect(compareCodePoints("B", "a")).toBeLessThan(0);
    expect(compareCodePoints("ABC有限公司", "ＡＢＣ有限公司")).toBeLessThan(0);
    expect(compareCodePoints("\uffff", "😀")).toBeLessThan(0);
    expect("\uffff" < "😀").toBe(false); // UTF-16 order would disagree
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
    expect(compareCodePoints("x", "x")).toBe(0);
  });
});
