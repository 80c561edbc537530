/**
 * The Records panel's customer choice without React: the search and tier filter over the customer list, and the
 * `customers` option a selection becomes.
 */
import { foldText } from "../domain/transactions/txText";
import type { CustomerFacts } from "../jobs/records/customerFacts";

/** The tiers a list can be filtered by: the scores job's. */
export const filterTiers = ["A", "B", "C"] as const;
export type FilterTier = (typeof filterTiers)[number];

/** Where a typed list splits (selectCustomers' separators): a name with one of these needs the exact form. */
const separators = /[,，;；、\n]/;

/**
 * A text as the search compares it: full-width folded to half-width, case ignored.
 * @example searchKey("ＡＢＣ 公司") //=> "abc 公司"
 */
export function searchKey(text: string): string {
  return foldText(text).toLowerCase();
}

/**
 * The customers whose name contains the search and, when tiers are chosen, whose tier is one of them; sheet order.
 * @example filterCustomers([{ name: "Acme", key: "Acme", tier: "A", ratios: {} }], "ａｃ", ["A"]) //=> [Acme]
 */
export function filterCustomers(
  customers: readonly CustomerFacts[],
  search: string,
  tiers: readonly FilterTier[],
): CustomerFacts[] {
  const wanted = searchKey(search);
  return customers.filter(
    (customer) =>
      searchKey(customer.name).includes(wanted) &&
      (tiers.length === 0 ||
        (customer.tier !== undefined && (tiers as readonly string[]).includes(customer.tier.toUpperCase()))),
  );
}

/**
 * The `customers` option for the chosen names: joined by "," as a person types them, or a JSON array when a name
 * contains a separator (the job reads it as the exact list).
 * @example customersOption(["甲", "乙"]) //=> "甲,乙"
 * @example customersOption(["甲,乙", "丙"]) //=> '["甲,乙","丙"]'
 */
export function customersOption(names: readonly string[]): string {
  return names.some((name) => separators.test(name) || name.trimStart().startsWith("["))
    ? JSON.stringify(names)
    : names.join(",");
}
