/**
 * Analyst ratings from 1 to 5 (采购成本评级, 技术匹配度, 政策影响评级): what a raw cell holds, and its score 0–100.
 */
import type { CellValue } from "../types";
import { parseAmount } from "../parse";

/** The lowest and highest rating. */
export const ratingMin = 1;
export const ratingMax = 5;

/** Which end of the scale makes a purchase from us easier. */
export type RatingSense = "higherIsEasier" | "higherIsHarder";

export type ParsedRating =
  | { kind: "rating"; value: number }
  | { kind: "blank" }
  | { kind: "invalid"; code: "rating.notRating" | "rating.outOfRange" | "cell.errorValue"; text: string };

// One Chinese numeral alone is a rating too: 一 … 五.
const chineseDigits: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * What a raw cell holds as a rating: a number 1–5 (decimals allowed; numeric text and full-width digits too, and
 * one Chinese numeral 一…五). Blank and placeholders ("-", "N/A", 待补充) are not rated, without an issue;
 * an error value, other text, a percent or a magnitude is invalid; a number outside 1–5 is out of range.
 * @example parseRating("４") //=> { kind: "rating", value: 4 }
 * @example parseRating(6) //=> { kind: "invalid", code: "rating.outOfRange", text: "6" }
 */
export function parseRating(raw: CellValue): ParsedRating {
  // Hot path: most ratings are the numbers or the single digits 1–5; no string work for them.
  if (typeof raw === "number" && raw >= ratingMin && raw <= ratingMax) return { kind: "rating", value: raw };
  if (typeof raw === "string" && raw.length === 1) {
    const digit = raw.charCodeAt(0) - 48;
    if (digit >= ratingMin && digit <= ratingMax) return { kind: "rating", value: digit };
  }
  if (typeof raw === "string" && chineseDigits[raw.trim()] !== undefined) {
    return { kind: "rating", value: chineseDigits[raw.trim()] ?? 0 };
  }
  const parsed = parseAmount(raw);
  switch (parsed.kind) {
    case "blank":
      return { kind: "blank" };
    case "missing":
      return parsed.code === "cell.placeholder"
        ? { kind: "blank" }
        : { kind: "invalid", code: "cell.errorValue", text: parsed.text };
    case "invalid":
      return { kind: "invalid", code: "rating.notRating", text: parsed.text };
    case "number":
      if (parsed.magnitude) return { kind: "invalid", code: "rating.notRating", text: String(raw) };
      if (parsed.value < ratingMin || parsed.value > ratingMax) {
        return { kind: "invalid", code: "rating.outOfRange", text: String(raw).trim() };
      }
      return { kind: "rating", value: parsed.value };
  }
}

/**
 * The score of a rating: linear from 0 at one end of the scale to 100 at the other.
 * Formula: higherIsEasier: (r − 1) ÷ 4 × 100; higherIsHarder: (5 − r) ÷ 4 × 100.
 * @example ratingScore(4, "higherIsEasier") //=> 75
 * @example ratingScore(4, "higherIsHarder") //=> 25
 */
export function ratingScore(rating: number, sense: RatingSense): number {
  const share = (rating - ratingMin) / (ratingMax - ratingMin);
  return (sense === "higherIsEasier" ? share : 1 - share) * 100;
}
