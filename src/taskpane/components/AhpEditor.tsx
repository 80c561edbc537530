import { ChoiceGroup, MessageBar, MessageBarType, Stack, Text, Toggle } from "@fluentui/react";
import type { IDropdownOption } from "@fluentui/react";
import type { AhpMethod } from "../../domain/scoring/ahp";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import type { Judgements } from "../ahpChoice";
import { deriveWeights, saatyKey, saatyScale, saatyValue } from "../ahpChoice";
import { formatNumber } from "../format";
import { PaneDropdown } from "./PaneDropdown";

export interface AhpEditorProps {
  readonly lang: Lang;
  /** cost, technology, policy. */
  readonly names: readonly [string, string, string];
  readonly on: boolean;
  readonly judgements: Judgements;
  readonly method: AhpMethod;
  readonly disabled: boolean;
  readonly onToggle: (on: boolean) => void;
  readonly onJudgements: (judgements: Judgements) => void;
  readonly onMethod: (method: AhpMethod) => void;
}

/** The pairs judged, as indexes into `names`: a12, a13, a23. */
const pairs = [
  [0, 1],
  [0, 2],
  [1, 2],
] as const;

const methods: readonly AhpMethod[] = ["eigenvector", "geometricMean"];

/** The influence weights from pairwise comparisons: three judgements, the weights they give and their consistency. */
export function AhpEditor(props: AhpEditorProps) {
  const { lang, names, on, judgements, method, disabled } = props;
  const derived = on ? deriveWeights(judgements, method) : null;
  const cr = derived === null ? "" : formatNumber(lang, derived.cr, 3);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Toggle
        label={t(lang, "ui.scores.useAhp")}
        checked={on}
        disabled={disabled}
        onChange={(_event, checked) => props.onToggle(checked === true)}
      />
      {on && (
        <>
          <Text variant="small">{t(lang, "ui.scores.ahpHelp")}</Text>
          {pairs.map(([first, second], index) => (
            <PaneDropdown
              key={index}
              label={t(lang, "ui.scores.judgement", { first: names[first], second: names[second] })}
              options={judgementOptions(lang, names[first], names[second])}
              selectedKey={saatyKey(judgements[index] ?? 1)}
              disabled={disabled}
              onChange={(_event, option) => {
                if (option === undefined) return;
                const next: [number, number, number] = [...judgements];
                next[index] = saatyValue(String(option.key));
                props.onJudgements(next);
              }}
            />
          ))}
          <ChoiceGroup
            label={t(lang, "ui.scores.ahpMethod")}
            selectedKey={method}
            disabled={disabled}
            options={methods.map((key) => ({ key, text: t(lang, `ui.scores.ahpMethods.${key}`) }))}
            onChange={(_event, option) => option && props.onMethod(option.key as AhpMethod)}
          />
          {derived !== null && (
            <Text>
              {t(lang, "ui.scores.derivedWeights")}
              {": "}
              {derived.weights
                .map((weight, index) => `${names[index] ?? ""} ${formatNumber(lang, weight, 3)}`)
                .join(" · ")}
            </Text>
          )}
          {derived !== null && (
            <MessageBar
              messageBarType={derived.inconsistent ? MessageBarType.warning : MessageBarType.info}
              isMultiline
            >
              {t(lang, derived.inconsistent ? "ui.scores.inconsistent" : "ui.scores.consistency", { cr })}
            </MessageBar>
          )}
        </>
      )}
    </Stack>
  );
}

/** Saaty's scale for one pair: the second factor's side (1/9 … 1/2), equal, then the first factor's (2 … 9). */
function judgementOptions(lang: Lang, first: string, second: string): IDropdownOption[] {
  return saatyScale.map((value) => {
    const key = saatyKey(value);
    if (value === 1) return { key, text: t(lang, "ui.scores.equal") };
    const degree = String(Math.round(value >= 1 ? value : 1 / value));
    return {
      key,
      text: t(lang, "ui.scores.judgementOption", {
        value: key,
        name: value > 1 ? first : second,
        degree: t(lang, `ui.scores.degrees.${degree}` as "ui.scores.degrees.3"),
      }),
    };
  });
}
