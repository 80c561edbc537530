/**
 * Customer classification (issue 7, step 1): customers grouped by product category, customer type and service, with
 * each segment's customer count, revenue, share of revenue and median current ratio and net profit margin.
 */
import type { CellValue } from "../types";

export type SegmentDimension = "productCategory" | "customerType" | "service";

/** The classification axes, in the order their tables are listed. */
export const segmentDimensions: readonly SegmentDimension[] = ["productCategory", "customerType", "service"];

export interface SegmentInput {
  /** Number of customers. */
  readonly count: number;
  /** Raw cells per customer, per dimension the sheet has (absent dimension = no column). */
  readonly dimensions: Partial<Record<SegmentDimension, readonly CellValue[]>>;
  /** Revenue in the base unit (yuan), NaN = empty. */
  readonly revenue: Float64Array;
  /** NaN = empty. */
  readonly currentRatio: Float64Array;
  /** A fraction, NaN = empty. */
  readonly netProfitMargin: Float64Array;
}

export interface SegmentRow {
  /** The segment's text as first seen (trimmed); null = blank cells (unclassified). */
  readonly segment: string | null;
  readonly customers: number;
  /** Sum of the present revenues (0 when none). */
  readonly revenue: number;
  /** revenue ÷ the dimension's total revenue; NaN when that total is 0. */
  readonly share: number;
  /** Median over the segment's customers that have one; NaN when none. */
  readonly medianCurrentRatio: number;
  readonly medianNetProfitMargin: number;
}

export interface SegmentTable {
  readonly dimension: SegmentDimension;
  /** By revenue descending (ties: more customers first, then segment text); the unclassified row last. */
  readonly rows: readonly SegmentRow[];
  readonly customers: number;
  /** Sum of every present revenue. */
  readonly revenue: number;
}

/** One segment while customers are counted. */
interface Group {
  readonly segment: string | null;
  customers: number;
  revenue: number;
  readonly currentRatios: number[];
  readonly margins: number[];
}

/**
 * One table per dimension the input has, in `segmentDimensions` order.
 * Formula: share = Σ revenue of the segment ÷ Σ revenue of all customers; medians of the present values.
 * @example segmentTables({ count: 2, dimensions: { customerType: ["国有企业", " 国有企业"] },
 *   revenue: Float64Array.of(100, 300), currentRatio: Float64Array.of(1, 2), netProfitMargin: Float64Array.of(NaN, 0.1) })
 * //=> [{ dimension: "customerType", customers: 2, revenue: 400, rows: [{ segment: "国有企业", customers: 2,
 * //      revenue: 400, share: 1, medianCurrentRatio: 1.5, medianNetProfitMargin: 0.1 }] }]
 */
export function segmentTables(input: SegmentInput): SegmentTable[] {
  const tables: SegmentTable[] = [];
  for (const dimension of segmentDimensions) {
    const cells = input.dimensions[dimension];
    if (cells) tables.push(segmentTable(dimension, cells, input));
  }
  return tables;
}

function segmentTable(
  dimension: SegmentDimension,
  cells: readonly CellValue[],
  input: SegmentInput,
): SegmentTable {
  const byKey = new Map<string, Group>();
  // Raw text → group: most cells repeat a few spellings, so each spelling is normalised once.
  const byRaw = new Map<string, Group | null>();
  const blank: Group = newGroup(null);
  let total = 0;
  for (let i = 0; i < input.count; i += 1) {
    const group = groupOf(cells[i], byRaw, byKey) ?? blank;
    group.customers += 1;
    const revenue = input.revenue[i] ?? NaN;
    if (Number.isFinite(revenue)) {
      group.revenue += revenue;
      total += revenue;
    }
    pushPresent(group.currentRatios, input.currentRatio[i]);
    pushPresent(group.margins, input.netProfitMargin[i]);
  }
  const groups = [...byKey.values()].sort(byRevenue);
  if (blank.customers > 0) groups.push(blank);
  const rows = groups.map((group) => segmentRow(group, total));
  return { dimension, rows, customers: input.count, revenue: total };
}

function newGroup(segment: string | null): Group {
  return { segment, customers: 0, revenue: 0, currentRatios: [], margins: [] };
}

/** The cell's group, created on first sight; undefined for a blank cell. */
function groupOf(
  cell: CellValue | undefined,
  byRaw: Map<string, Group | null>,
  byKey: Map<string, Group>,
): Group | undefined {
  if (cell === null || cell === undefined) return undefined;
  const raw = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
  const known = byRaw.get(raw);
  if (known !== undefined) return known ?? undefined;
  const key = raw.normalize("NFKC").trim().toLowerCase();
  let group = key === "" ? null : byKey.get(key);
  if (group === undefined) {
    group = newGroup(raw.trim());
    byKey.set(key, group);
  }
  byRaw.set(raw, group);
  return group ?? undefined;
}

function pushPresent(values: number[], value: number | undefined): void {
  if (value !== undefined && Number.isFinite(value)) values.push(value);
}

function byRevenue(a: Group, b: Group): number {
  if (a.revenue !== b.revenue) return b.revenue - a.revenue;
  if (a.customers !== b.customers) return b.customers - a.customers;
  const x = a.segment ?? "";
  const y = b.segment ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

function segmentRow(group: Group, total: number): SegmentRow {
  return {
    segment: group.segment,
    customers: group.customers,
    revenue: group.revenue,
    share: total === 0 ? NaN : group.revenue / total,
    medianCurrentRatio: median(group.currentRatios),
    medianNetProfitMargin: median(group.margins),
  };
}

/**
 * The middle value; the mean of the two middle values for an even count; NaN for none.
 * @example median([3, 1, 4, 2]) //=> 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}
