import { ChoiceGroup, Stack, Text, TextField } from "@fluentui/react";
import type { Approach, Tier, TierMode } from "../../domain/scoring/scoreSettings";
import { approaches, tierModes, tiers } from "../../domain/scoring/scoreSettings";
import type { Lang } from "../../domain/types";
import { catalog, t } from "../../i18n";
import { formatNumber } from "../format";
import type { ScoreDraft, TierValueKey } from "../scoreDraft";
import { tierValue, tierValueMax } from "../scoreDraft";
import { PaneDropdown } from "./PaneDropdown";

export interface TierRuleEditorProps {
  readonly lang: Lang;
  readonly draft: ScoreDraft;
  readonly disabled: boolean;
  readonly onMode: (mode: TierMode) => void;
  readonly onValue: (key: TierValueKey, text: string) => void;
  readonly onApproach: (tier: Tier, approach: Approach) => void;
}

const modeValues: Readonly<Record<TierMode, readonly TierValueKey[]>> = {
  quantile: ["shareA", "shareB"],
  thresholds: ["thresholdA", "thresholdB"],
};

const sectionTitle = { root: { fontWeight: 600, margin: 0 } } as const;

/** How customers are put into tiers A/B/C (shares or score lines), and the development method of each tier. */
export function TierRuleEditor({ lang, draft, disabled, onMode, onValue, onApproach }: TierRuleEditorProps) {
  const texts = catalog(lang).settings;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="mediumPlus" styles={sectionTitle}>
        {t(lang, "ui.scores.tierTitle")}
      </Text>
      <ChoiceGroup
        label={texts.tierMode}
        selectedKey={draft.tierMode}
        disabled={disabled}
        options={tierModes.map((mode) => ({ key: mode, text: texts.tierModes[mode] }))}
        onChange={(_event, option) => option && onMode(option.key as TierMode)}
        styles={{ flexContainer: { display: "flex", flexWrap: "wrap", columnGap: "16px" } }}
      />
      {modeValues[draft.tierMode].map((key) => (
        <TextField
          key={key}
          label={texts.tierValues[key]}
          description={texts.tierValuesHelp[key]}
          inputMode="decimal"
          value={draft.tierValues[key]}
          disabled={disabled}
          onChange={(_event, value) => onValue(key, value ?? "")}
          {...(tierValue(draft, key) === null
            ? { errorMessage: t(lang, "ui.scores.tierRange", { max: formatNumber(lang, tierValueMax(key)) }) }
            : {})}
        />
      ))}
      <Text as="h3" variant="mediumPlus" styles={sectionTitle}>
        {t(lang, "ui.scores.approachTitle")}
      </Text>
      {tiers.map((tier) => (
        <PaneDropdown
          key={tier}
          label={t(lang, "ui.scores.tierName", { tier })}
          options={approaches.map((approach) => ({ key: approach, text: texts.approaches[approach] }))}
          selectedKey={draft.approaches[tier]}
          disabled={disabled}
          onChange={(_event, option) => option && onApproach(tier, option.key as Approach)}
        />
      ))}
    </Stack>
  );
}
