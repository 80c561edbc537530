import { scoreFieldKeys } from "../../src/jobs/scores/scoreFields";
import { txFields } from "../../src/domain/transactions/txColumns";
import { scoreColumns } from "../../src/jobs/scores/scoreBlock";
import { enUS } from "../../src/i18n/en-US";
import { zhCN } from "../../src/i18n/zh-CN";
import { sharedIssueCodes } from "../../src/domain/issueCodes";
import { jobs } from "../../src/jobs/registry";
import { fieldKeys } from "../../src/domain/fields";
import { ratioKeys } from "../../src/domain/ratios";
import { scoreIssueCodes } from "../../src/domain/scoring/settingsIssueCodes";
import { scoreEngineIssueCodes } from "../../src/domain/scoring/scoreEngineIssueCodes";
import { complexityKeys } from "../../src/domain/scoring/costFactor";

/** Every leaf of a catalog as "path → message". Issue codes contain dots, so paths are joined with " / ". */
function leaves(node: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== "object" || node === null) return out.set(path, node);
  for (const [key, value] of Object.entries(node)) {
    const child = path === "" ? key : `${path} / ${key}`;
    if (typeof value === "object" && value !== null && Object.keys(value).length === 0) out.set(child, "{}");
    else for (const [p, v] of leaves(value, child)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: unknown): string[] => (String(text).match(/\{\{\w+\}\}/g) ?? []).sort();

describe("catalog parity", () => {
  const en = leaves(enUS);
  const zh = leaves(zhCN);

  it("has every English key in Chinese", () => {
    expect([...en.keys()].filter((key) => !zh.has(key))).toEqual([]);
  });

  it("has every Chinese key in English", () => {
    expect([...zh.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it("has only non-empty strings as messages", () => {
    for (const [key, value] of [...en, ...zh])
      expect([key, typeof value, value === ""]).toEqual([key, "string", false]);
  });

  it("uses the same placeholders in both languages, allowing {{fieldLower}} for {{field}}", () => {
    for (const [key, value] of en) {
      const english = placeholders(value).map((p) => (p === "{{fieldLower}}" ? "{{field}}" : p));
      expect([key, placeholders(zh.get(key))]).toEqual([key, english]);
    }
  });

  it("has a message for every shared issue code and every registered job's own codes, and no others", () => {
    // The scores job is not registered yet: its codes are listed here until it is.
    const codes = [
      ...sharedIssueCodes,
      ...scoreIssueCodes,
      ...scoreEngineIssueCodes,
      ...jobs.flatMap((job) => job.issueCodes),
    ];
    const en: Readonly<Record<string, unknown>> = enUS.issues;
    const zh: Readonly<Record<string, unknown>> = zhCN.issues;
    for (const code of codes) {
      expect([code, typeof en[code]]).toEqual([code, "string"]);
      expect([code, typeof zh[code]]).toEqual([code, "string"]);
    }
    expect(Object.keys(enUS.issues).sort()).toEqual([...new Set(codes)].sort());
  });

  it("has a name for every field and ratio", () => {
    // The ratio job's fields, then the scores job's own (ratings, order value, classification, sales).
    const all = [...fieldKeys, ...scoreFieldKeys, "categoryPurchases", ...txFields].sort();
    expect(Object.keys(enUS.fields).sort()).toEqual(all);
    expect(Object.keys(zhCN.fields).sort()).toEqual(all);
    expect(Object.keys(zhCN.scoreColumns)).toEqual(scoreColumns.map((column) => column.key));
    expect(Object.keys(zhCN.ratios)).toEqual(ratioKeys);
    expect(Object.keys(zhCN.columns)).toEqual([...ratioKeys, "dataIssues"]);
  });

  it("has a name for every decision complexity", () => {
    expect(Object.keys(enUS.complexity)).toEqual(complexityKeys);
    expect(Object.keys(zhCN.complexity)).toEqual(complexityKeys);
  });

  it("keeps the ui and cli sections for the other helpers", () => {
    expect(typeof enUS.ui).toBe("object");
    expect(typeof zhCN.cli).toBe("object");
  });

  it("knows the shared issue codes and the ratio fields at run time", () => {
    expect(sharedIssueCodes).toHaveLength(28);
    expect(fieldKeys).toHaveLength(13);
  });
});
