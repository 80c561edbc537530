/**
 * Which customers get record sheets: those named (`--customers "A,B"`, the pane's selection), those of the tiers
 * given (`--tier A,B`), or every customer of the customer sheet.
 */
import type { Issue } from "../../domain/types";
import { foldText } from "../../domain/transactions/txText";
import type { CustomerFacts } from "./customerFacts";

const separators = /[,，;；、\n]+/;

/**
 * The items of a list the person typed, folded and without blanks.
 * @example listItems("甲, 乙，丙") //=> ["甲", "乙", "丙"]
 */
export function listItems(text: string): string[] {
  return text
    .split(separators)
    .map((item) => foldText(item))
    .filter((item) => item !== "");
}

/**
 * The customer names of the `customers` option: an exact list when the text is a JSON array of texts (the task
 * pane sends one when a chosen name contains a separator), else the items of a typed list (the CLI's form).
 * @example customerNames('["甲,乙", "丙"]') //=> ["甲,乙", "丙"]
 * @example customerNames("甲, 乙") //=> ["甲", "乙"]
 */
export function customerNames(text: string): string[] {
  if (text.trimStart().startsWith("[")) {
    const exact = jsonTexts(text);
    if (exact !== null) return exact.map((item) => foldText(item)).filter((item) => item !== "");
  }
  return listItems(text);
}

/** The texts of a JSON array of texts, or null when the text is not one (a name may start with "["). */
function jsonTexts(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The chosen customers in sheet order; a name the sheet lacks, a tier other than A, B or C, or tiers asked for on a
 * sheet without the scores job's tier column refuse the run, naming what was given.
 * Rule: both given → customers named AND of the tiers; neither → all.
 */
export function selectCustomers(
  customers: readonly CustomerFacts[],
  request: {
    readonly names: string;
    readonly tiers: string;
    readonly sheet: string;
    readonly hasTiers: boolean;
  },
): { ok: true; selected: CustomerFacts[] } | { ok: false; issues: Issue[] } {
  const names = customerNames(request.names);
  const tiers = listItems(request.tiers).map((tier) => tier.toUpperCase());
  const issues: Issue[] = [];
  const keys = new Set(customers.map((customer) => customer.key));
  for (const name of names)
    if (!keys.has(name))
      issues.push({ code: "records.unknownCustomer", sheet: request.sheet, params: { customer: name } });
  for (const tier of tiers)
    if (!["A", "B", "C"].includes(tier)) issues.push({ code: "records.badTier", params: { value: tier } });
  if (tiers.length > 0 && !request.hasTiers)
    issues.push({ code: "records.noTierColumn", sheet: request.sheet });
  if (issues.length > 0) return { ok: false, issues };
  const named = new Set(names);
  const selected = customers.filter(
    (customer) =>
      (names.length === 0 || named.has(customer.key)) &&
      (tiers.length === 0 || (customer.tier !== undefined && tiers.includes(customer.tier.toUpperCase()))),
  );
  return { ok: true, selected };
}
