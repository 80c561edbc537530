/** The one place that says which jobs have a panel of their own; every other job gets the generic panel. */
import { ForecastPanel } from "./components/ForecastPanel";
import { RatioPanel } from "./components/RatioPanel";
import { RecordsPanel } from "./components/RecordsPanel";
import { ScorePanel } from "./components/ScorePanel";
import { TransactionsPanel } from "./components/TransactionsPanel";
import type { Panels } from "./jobPanel";

export const panels: Panels = {
  forecast: ForecastPanel,
  ratios: RatioPanel,
  records: RecordsPanel,
  scores: ScorePanel,
  transactions: TransactionsPanel,
};
