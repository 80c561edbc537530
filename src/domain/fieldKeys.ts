/** The customer-sheet fields the ratio job understands (its field catalog's keys). */
export type FieldKey =
  | "customerName"
  | "customerId"
  | "currentAssets"
  | "currentLiabilities"
  | "totalAssets"
  | "totalAssetsOpening"
  | "revenue"
  | "costOfSales"
  | "netProfit"
  | "accountsReceivable"
  | "accountsReceivableOpening"
  | "inventory"
  | "inventoryOpening";

// A Record, not an array literal, so the compiler fails here when types.ts gains a field this list lacks.
const everyFieldKey: Readonly<Record<FieldKey, true>> = {
  customerName: true,
  customerId: true,
  currentAssets: true,
  currentLiabilities: true,
  totalAssets: true,
  totalAssetsOpening: true,
  revenue: true,
  costOfSales: true,
  netProfit: true,
  accountsReceivable: true,
  accountsReceivableOpening: true,
  inventory: true,
  inventoryOpening: true,
};

/** Every canonical field at run time, in the order the task pane lists them. */
export const fieldKeys: readonly FieldKey[] = Object.keys(everyFieldKey) as FieldKey[];
