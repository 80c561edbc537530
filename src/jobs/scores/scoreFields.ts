/**
 * The customer-sheet columns the scores job reads beyond the ratio fields: the analysts' ratings, the expected
 * order value, the three classification dimensions, and the last-12-month sales the transaction job writes.
 * Their names differ from the job's output headers on purpose, so an output is never read as an input.
 */
import { headerKey } from "../../domain/fields";
import type { HeaderCell } from "../../domain/mapHeaders";

export type ScoreFieldKey =
  | "costRating"
  | "technicalFit"
  | "policyRating"
  | "expectedOrderValue"
  | "productCategory"
  | "customerType"
  | "service"
  | "sales12m";

/** Every name recognised per field, English and Chinese; matching ignores case, width, spacing and a unit. */
export const scoreFieldSynonyms: Readonly<Record<ScoreFieldKey, readonly string[]>> = {
  costRating: ["采购成本评级", "采购成本评分", "成本评级", "Cost rating", "Procurement cost rating"],
  technicalFit: ["技术匹配度", "技术匹配度评级", "技术匹配评级", "Technical fit", "Technical fit rating"],
  policyRating: ["政策影响评级", "政策影响", "政策评级", "Policy rating", "Policy impact rating"],
  expectedOrderValue: [
    "预计采购金额",
    "预计采购额",
    "预计订单金额",
    "Expected order value",
    "Expected order",
  ],
  productCategory: ["产品类别", "产品类型", "产品分类", "Product category", "Category"],
  customerType: ["客户性质", "客户类型", "企业性质", "Customer type", "Customer nature", "Ownership"],
  service: ["服务内容", "服务项目", "服务类型", "Service", "Service content", "Services"],
  sales12m: ["近12个月销售额", "近十二个月销售额", "Sales (last 12 months)", "Sales last 12 months"],
};

export const scoreFieldKeys = Object.keys(scoreFieldSynonyms) as ScoreFieldKey[];

/** Fields read as amounts (a unit in the header's brackets applies). */
export const amountFields: readonly ScoreFieldKey[] = ["expectedOrderValue", "sales12m"];

const byKey: ReadonlyMap<string, ScoreFieldKey> = new Map(
  scoreFieldKeys.flatMap((field) =>
    scoreFieldSynonyms[field].map((name) => [headerKey(name), field] as const),
  ),
);

const trailingBrackets = /^(.*?)\s*[([（【]([^()[\]（）【】]*)[)\]）】]$/;

/**
 * The score field a header names, or null; a unit in trailing brackets is allowed ("预计采购金额（万元）").
 * @example matchScoreField("Technical fit") //=> "technicalFit"
 * @example matchScoreField("预计采购金额(万元)") //=> "expectedOrderValue"
 */
export function matchScoreField(text: string): ScoreFieldKey | null {
  const flat = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  const whole = byKey.get(headerKey(flat));
  if (whole !== undefined) return whole;
  const name = trailingBrackets.exec(flat)?.[1];
  return name === undefined ? null : (byKey.get(headerKey(name)) ?? null);
}

/** A score field's column and header text. */
export interface ScoreFieldColumn {
  readonly column: number;
  readonly header: string;
}

/**
 * The score fields of a header row: the first column naming each wins; overrides (1-based column, or null to
 * leave a field unmapped) win over both.
 * @example findScoreFields([{ column: 9, text: "技术匹配度" }], {}) //=> { technicalFit: { column: 9, header: "技术匹配度" } }
 */
export function findScoreFields(
  headers: readonly HeaderCell[],
  overrides: Readonly<Record<string, number | null>> = {},
): Partial<Record<ScoreFieldKey, ScoreFieldColumn>> {
  const found: Partial<Record<ScoreFieldKey, ScoreFieldColumn>> = {};
  for (const cell of headers) {
    const field = matchScoreField(cell.text);
    if (field !== null && found[field] === undefined)
      found[field] = { column: cell.column, header: cell.text };
  }
  for (const field of scoreFieldKeys) {
    if (!(field in overrides)) continue;
    const column = overrides[field];
    if (column === null || column === undefined) delete found[field];
    else {
      const header = headers.find((cell) => cell.column === column)?.text ?? "";
      found[field] = { column, header };
    }
  }
  return found;
}
