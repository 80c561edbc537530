/**
 * What the records job knows of each customer on the customer sheet: the name, and whatever the earlier jobs' columns
 * and the classification columns say (tier, segment, ratios, last-12-month sales), found by their headers in either
 * language.
 */
import { cellText } from "../../domain/cellText";
import { ratioKeys } from "../../domain/ratios";
import type { RatioKey } from "../../domain/ratios";
import type { Grid, Issue, Lang } from "../../domain/types";
import { foldText } from "../../domain/transactions/txText";
import { columnHeader } from "../../i18n";
import { scoreHeader } from "../scores/scoreBlock";
import { matchScoreField } from "../scores/scoreFields";
import { findCustomerTable } from "../transactions/customerTable";
import { txHeader } from "../transactions/txBlock";

export interface CustomerFacts {
  /** The name as written (trimmed), and its matching key (folded). */
  readonly name: string;
  readonly key: string;
  readonly productCategory?: string;
  readonly customerType?: string;
  readonly service?: string;
  readonly tier?: string;
  readonly sales12m?: number;
  readonly ratios: Partial<Record<RatioKey, number>>;
}

type FactKey = "productCategory" | "customerType" | "service" | "tier" | "sales12m" | RatioKey;

const langs: readonly Lang[] = ["zh-CN", "en-US"];

/** The fact a header names: a classification column, or an earlier job's output column. */
function factOf(text: string): FactKey | null {
  const trimmed = text.trim();
  for (const lang of langs) {
    if (trimmed === scoreHeader(lang, "priorityTier")) return "tier";
    if (trimmed === txHeader(lang, "sales12m")) return "sales12m";
    for (const key of ratioKeys) if (trimmed === columnHeader(lang, key)) return key;
  }
  const field = matchScoreField(trimmed);
  return field === "productCategory" || field === "customerType" || field === "service" ? field : null;
}

/**
 * The customers of a customer sheet, in sheet order, with their facts; a customer listed twice (same folded name)
 * counts once.
 * @example customerFacts(grid) //=> { ok: true, customers: [{ name: "甲", key: "甲", tier: "A", ratios: { currentRatio: 1.5 } }] }
 */
export function customerFacts(
  grid: Grid,
): { ok: true; customers: CustomerFacts[] } | { ok: false; issues: Issue[] } {
  const found = findCustomerTable(grid);
  if (!found.ok) return found;
  const { table } = found;
  const header = grid.values[table.headerRow - 1 - grid.top] ?? [];
  const columns = new Map<FactKey, number>();
  header.forEach((value, c) => {
    const fact = typeof value === "string" ? factOf(value) : null;
    if (fact !== null && !columns.has(fact)) columns.set(fact, c);
  });
  const seen = new Set<string>();
  const customers: CustomerFacts[] = [];
  for (const row of table.dataRows) {
    const cells = grid.values[row - 1 - grid.top] ?? [];
    const name = cellText(cells[table.nameColumn - grid.left - 1] ?? null).trim();
    const key = foldText(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    const text = (fact: FactKey): string | undefined => {
      const c = columns.get(fact);
      const value = c === undefined ? "" : cellText(cells[c] ?? null).trim();
      return value === "" ? undefined : value;
    };
    const number = (fact: FactKey): number | undefined => {
      const c = columns.get(fact);
      const value = c === undefined ? null : cells[c];
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    };
    const ratios: Partial<Record<RatioKey, number>> = {};
    for (const key of ratioKeys) {
      const value = number(key);
      if (value !== undefined) ratios[key] = value;
    }
    const facts: Record<string, unknown> = { name, key, ratios };
    for (const fact of ["productCategory", "customerType", "service", "tier"] as const) {
      const value = text(fact);
      if (value !== undefined) facts[fact] = value;
    }
    const sales = number("sales12m");
    if (sales !== undefined) facts.sales12m = sales;
    customers.push(facts as unknown as CustomerFacts);
  }
  return { ok: true, customers };
}

/** True when the sheet has a priority tier column (the scores job's). */
export function hasTierColumn(grid: Grid): boolean {
  const found = findCustomerTable(grid);
  if (!found.ok) return false;
  const header = grid.values[found.table.headerRow - 1 - grid.top] ?? [];
  return header.some((value) => typeof value === "string" && factOf(value) === "tier");
}
