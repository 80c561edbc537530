/**
 * The content of the Visit preparation (访问准备) sheet, seed 6.3: one block per chosen customer with the company
 * facts known from the customer sheet, empty lines for the decision maker and the contact person, and the sales
 * material checklist whose tick cells accept only ✓.
 */
import type { Catalog } from "../../i18n";
import type { CellInput, Edit } from "../../plan/edits";

export type PrepTexts = Catalog["records"]["prep"];

export type PrepRatio = "currentRatio" | "netProfitMargin" | "returnOnAssets" | "collectionDays";

/** What is known of one customer (absent facts are left out of its block). */
export interface PrepFacts {
  readonly name: string;
  readonly productCategory?: string;
  readonly customerType?: string;
  readonly service?: string;
  readonly tier?: string;
  readonly sales12m?: number;
  readonly ratios: Partial<Record<PrepRatio, number>>;
}

/** The tick every checklist cell accepts. */
export const tickMark = "✓";

const textFacts = ["productCategory", "customerType", "service", "tier"] as const;
/** Ratio facts in print order, with the style of their value. */
const ratioFacts: readonly { key: PrepRatio; style: string }[] = [
  { key: "currentRatio", style: "rec.ratio" },
  { key: "netProfitMargin", style: "rec.percent" },
  { key: "returnOnAssets", style: "rec.percent" },
  { key: "collectionDays", style: "rec.days" },
];
const checklist = ["company", "product", "proofs", "pictures", "samples"] as const;
const firstBlockRow = 4;

interface Line {
  readonly cells: readonly CellInput[];
  readonly styles: readonly (string | null)[];
}

function factLines(facts: PrepFacts, texts: PrepTexts): Line[] {
  const lines: Line[] = [];
  for (const key of textFacts) {
    const value = facts[key];
    if (value !== undefined && value !== "")
      lines.push({ cells: [texts.facts[key], value, null], styles: ["rec.header", "rec.text", "rec.text"] });
  }
  if (facts.sales12m !== undefined && Number.isFinite(facts.sales12m))
    lines.push({
      cells: [texts.facts.sales12m, facts.sales12m, null],
      styles: ["rec.header", "rec.amount", "rec.text"],
    });
  for (const { key, style } of ratioFacts) {
    const value = facts.ratios[key];
    if (value !== undefined && Number.isFinite(value))
      lines.push({ cells: [texts.facts[key], value, null], styles: ["rec.header", style, "rec.text"] });
  }
  return lines;
}

/** One customer's block at `top`; returns its edits and the first row after it (a blank row between blocks). */
function block(
  sheet: string,
  top: number,
  facts: PrepFacts,
  texts: PrepTexts,
): { edits: Edit[]; next: number } {
  const blank = (label: string): Line => ({
    cells: [label, null, null],
    styles: ["rec.header", "rec.input", "rec.input"],
  });
  const lines: Line[] = [
    { cells: [facts.name], styles: ["rec.section"] },
    ...factLines(facts, texts),
    blank(texts.decisionMaker),
    blank(texts.contactPerson),
    {
      cells: [texts.checklist, texts.ready, texts.remarks],
      styles: ["rec.header", "rec.header", "rec.header"],
    },
    ...checklist.map((item) => ({
      cells: [texts.items[item], null, null],
      styles: ["rec.text", "rec.tick", "rec.text"],
    })),
  ];
  const ticksFrom = top + lines.length - checklist.length;
  const ticksTo = top + lines.length - 1;
  const edits: Edit[] = [
    {
      kind: "cells",
      sheet,
      at: `A${top}`,
      rows: lines.map((line) => line.cells),
      cellStyles: lines.map((line) => line.styles),
    },
    {
      kind: "validation",
      sheet,
      range: `B${ticksFrom}:B${ticksTo}`,
      rule: { type: "list", values: [tickMark] },
      prompt: texts.tickPrompt,
      error: texts.tickError,
    },
  ];
  return { edits, next: top + lines.length + 1 };
}

/**
 * The sheet's edits: title (row 1), a note (row 2), then the blocks from row 4. A block: the customer's name, the
 * known facts, decision maker and contact person lines to fill in, the checklist header and its five items.
 * @example prepSheetContent("访问准备", [{ name: "甲公司", tier: "A", ratios: { currentRatio: 1.5 } }], texts)
 * // A4 "甲公司"; A5:B5 ["客户等级", "A"]; A6:B6 ["流动比率", 1.5]; A7 "决策人"; A8 "联系人"; A9 "销售资料清单" …
 */
export function prepSheetContent(sheet: string, customers: readonly PrepFacts[], texts: PrepTexts): Edit[] {
  const edits: Edit[] = [
    { kind: "cells", sheet, at: "A1", rows: [[texts.title]], style: "rec.title" },
    { kind: "merge", sheet, range: "A1:C1" },
    { kind: "cells", sheet, at: "A2", rows: [[texts.note]], style: "rec.note" },
  ];
  let top = firstBlockRow;
  for (const facts of customers) {
    const made = block(sheet, top, facts, texts);
    edits.push(...made.edits);
    top = made.next;
  }
  edits.push(
    { kind: "columnWidths", sheet, column: "A", widths: [30, 30, 36] },
    {
      kind: "pageSetup",
      sheet,
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: 1,
      footer: { center: "{page} / {pages}" },
    },
  );
  return edits;
}
