/**
 * Units of amount columns: 元, 万元, "USD thousands", and unit lines such as `单位：万元` or `(in thousands)`.
 */

export interface Unit {
  /** Multiplier from the written figure to the base unit (yuan, or one unit of the stated currency). */
  readonly scale: number;
  /** The unit as written, e.g. "万元" or "USD thousands". */
  readonly label: string;
}

/** What an amount is in when neither the header nor a unit line says. */
export const defaultUnit: Unit = { scale: 1, label: "元" };

const chineseScales: Readonly<Record<string, number>> = {
  "": 1,
  百: 1e2,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

const englishScales: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  "'000": 1e3,
  "000": 1e3,
  "10,000": 1e4,
  "ten thousand": 1e4,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  "100 million": 1e8,
  "hundred million": 1e8,
  billion: 1e9,
  bn: 1e9,
};

const currency = String.raw`(?:rmb|cny|usd|hkd|eur|gbp|jpy|us\$|hk\$|\$|¥|€|£|yuan)`;
const englishScale = String.raw`(thousands?|k|'000s?|000s|10,000|ten thousands?|millions?|mn|m|100 millions?|hundred millions?|billions?|bn)`;
// "USD thousands", "in thousands of USD", "RMB'000", "Unit: RMB 10,000": an optional currency on either side.
const englishPattern = new RegExp(
  String.raw`^(?:in\s)?(?:${currency}\s?)?(?:in\s)?${englishScale}(?:\s?(?:of\s)?${currency})?$`,
);
const chineseCurrency = "(?:人民币|美元|港元|港币|欧元|rmb|cny|usd)";
// 万元, 人民币万元, 万元人民币, 千美元, 万, 元.
const chinesePattern = new RegExp(
  String.raw`^${chineseCurrency}?(十万|百万|千万|百|千|万|亿)?(元|美元|港元|欧元)?${chineseCurrency}?$`,
);
const currencyOnly = new RegExp(String.raw`^(?:${currency}|人民币|美元|港元|欧元)$`);

// Unit lines: "单位：万元", "(单位: 千元)", "金额单位：元", "Unit: RMB 10,000", "Amounts in thousands".
const bracketed = /^[([【](.*)[)\]】]$/;
const unitPrefix = /^(?:金额单位|货币单位|单位|units?|amounts?|currency|figures|all figures)\s*(?::\s*)?/i;
// A title that ends with an explicitly labelled unit: "2023年客户财务数据（单位：万元）".
const labelledTail = /[([【]\s*((?:金额单位|货币单位|单位|units?)\s*:[^()[\]【】]*)[)\]】]$/i;

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function scaleOf(core: string): number | null {
  const english = englishPattern.exec(core);
  if (english?.[1] !== undefined) {
    // "thousands" → "thousand", "'000s" → "'000"; "mn" and "bn" carry no plural.
    return englishScales[english[1].replace(/s$/, "")] ?? null;
  }
  const chinese = chinesePattern.exec(core.replace(/ /g, ""));
  if (chinese !== null && (chinese[1] !== undefined || chinese[2] !== undefined)) {
    return chineseScales[chinese[1] ?? ""] ?? null;
  }
  return currencyOnly.test(core) ? 1 : null;
}

/** Strips brackets and a "单位：" / "Unit:" label, keeping the unit itself. */
function unitCore(text: string): string {
  let core = text;
  for (let i = 0; i < 2; i += 1) {
    const inner = bracketed.exec(core)?.[1];
    if (inner !== undefined) core = inner.trim();
    core = core.replace(unitPrefix, "").trim();
  }
  return core;
}

/**
 * The unit named by a text, or null when it names none. Accepts a bare unit (`万元`, `USD thousands`), a unit line
 * (`单位：万元`, `(单位：千元)`, `in thousands of USD`, `Unit: RMB 10,000`) and the same in brackets.
 * @example parseUnit("单位：万元") //=> { scale: 10000, label: "万元" }
 * @example parseUnit("in thousands") //=> { scale: 1000, label: "thousands" }
 * @example parseUnit("流动资产") //=> null
 */
export function parseUnit(text: string): Unit | null {
  const core = unitCore(normalise(text));
  if (core === "") return null;
  const scale = scaleOf(core);
  if (scale === null) return null;
  return { scale, label: labelAsWritten(text) };
}

/** The unit part of the original text, keeping its case: "USD thousands" from "(in USD thousands)". */
function labelAsWritten(text: string): string {
  return unitCore(text.normalize("NFKC").replace(/\s+/g, " ").trim()).replace(/^in /i, "");
}

/**
 * The unit of a cell above the header row: the whole text as a unit line, or a title ending in an explicitly
 * labelled unit in brackets. Titles that merely contain a unit word are not unit lines.
 * @example findUnitLine("2023年客户财务（单位：万元）") //=> { scale: 10000, label: "万元" }
 * @example findUnitLine("编制单位：华东分公司") //=> null
 */
export function findUnitLine(text: string): Unit | null {
  const whole = parseUnit(text);
  if (whole !== null) return whole;
  const tail = labelledTail.exec(text.normalize("NFKC").trim())?.[1];
  return tail === undefined ? null : parseUnit(tail);
}
