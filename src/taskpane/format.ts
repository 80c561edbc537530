import type { Lang } from "../domain/types";

/** A number with the locale's separators, e.g. 12345.6 → "12,345.6" (en-US) or "12,345.6" (zh-CN). */
export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A fraction as a whole percentage in the locale's style, e.g. 0.6 → "60%". */
export function formatPercent(lang: Lang, fraction: number): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}
