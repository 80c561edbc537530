/**
 * The catalog texts the Settings sheet needs, as a shape the domain declares: the i18n catalogs satisfy it, so
 * the domain stays independent of them.
 */
import type { RatioKey } from "../ratios";
import type { BandDirection } from "./bands";
import type { Approach, InfluenceFactor, PriorityPart, TierMode } from "./scoreSettings";

/** The texts the sheet needs: the catalog's `ratios` and `settings` sections (a whole Catalog fits). */
export interface SettingsCatalog {
  readonly ratios: Readonly<Record<RatioKey, string>>;
  readonly settings: {
    readonly sheet: string;
    readonly columns: Readonly<Record<"key" | "label" | "value" | "explanation", string>>;
    readonly healthWeight: string;
    readonly healthWeightHelp: string;
    readonly influenceWeight: string;
    readonly influenceWeightHelp: string;
    readonly influence: Readonly<Record<InfluenceFactor, string>>;
    readonly priorityWeight: string;
    readonly priorityWeightHelp: string;
    readonly priority: Readonly<Record<PriorityPart, string>>;
    readonly tierMode: string;
    readonly tierModeHelp: string;
    readonly tierModes: Readonly<Record<TierMode, string>>;
    readonly tierValues: Readonly<Record<"shareA" | "shareB" | "thresholdA" | "thresholdB", string>>;
    readonly tierValuesHelp: Readonly<Record<"shareA" | "shareB" | "thresholdA" | "thresholdB", string>>;
    readonly approach: string;
    readonly approachHelp: string;
    readonly approaches: Readonly<Record<Approach, string>>;
    readonly bandDirection: string;
    readonly bandDirectionHelp: string;
    readonly directions: Readonly<Record<BandDirection, string>>;
    readonly bandPoint: string;
    readonly bandAt: string;
    readonly bandAtHelp: string;
    readonly bandScore: string;
    readonly bandScoreHelp: string;
    /** Name of the order-share band (its rows read "<name> · band 2 · from"), and the help of its direction row. */
    readonly orderShare: string;
    readonly orderShareHelp: string;
    /** Labels and helps of the rows cost.complexityLow and cost.complexityMedium. */
    readonly complexityFrom: Readonly<Record<"low" | "medium", string>>;
    readonly complexityFromHelp: Readonly<Record<"low" | "medium", string>>;
  };
}
