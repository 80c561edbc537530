import { Position, Slider, SpinButton, Stack, Text } from "@fluentui/react";
import type { ISpinButtonStyles } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { formatNumber } from "../format";
import { setWeight, weightSum } from "../weightGroup";

export interface WeightGroupEditorProps {
  readonly lang: Lang;
  /** The group's heading, e.g. "Purchase influence weights". */
  readonly title: string;
  /** Each weight's name, in the order of `weights`. */
  readonly names: readonly string[];
  readonly weights: readonly number[];
  /** Read-only (derived by AHP) or while a run is on. */
  readonly disabled: boolean;
  readonly onChange: (weights: number[]) => void;
}

/** Weights change in steps of 0.05 with the arrow keys and the slider; any three decimals can be typed. */
export const weightStep = 0.05;

// The name takes the row's width and wraps; the number box keeps a fixed width at its end.
const spinStyles: Partial<ISpinButtonStyles> = {
  root: { display: "flex", alignItems: "center", minWidth: 0 },
  labelWrapper: { flex: "1 1 auto", minWidth: 0, height: "auto" },
  label: { whiteSpace: "normal" },
  spinButtonWrapper: { width: 96, flex: "0 0 96px" },
};

/** One group of weights: a number box and a slider per weight; changing one rescales the others to sum 1. */
export function WeightGroupEditor({
  lang,
  title,
  names,
  weights,
  disabled,
  onChange,
}: WeightGroupEditorProps) {
  const show = (value: number) => formatNumber(lang, value, decimalsOf(value));
  const change = (index: number, value: number) => onChange(setWeight(weights, index, value));
  return (
    <Stack
      as="fieldset"
      tokens={{ childrenGap: 4 }}
      styles={{ root: { border: "none", margin: 0, padding: 0, minWidth: 0 } }}
    >
      <Text as="legend" variant="mediumPlus" styles={{ root: { fontWeight: 600, padding: 0 } }}>
        {title}
      </Text>
      {names.map((name, index) => {
        const value = weights[index] ?? 0;
        return (
          <Stack key={name} tokens={{ childrenGap: 2 }}>
            <SpinButton
              label={name}
              value={show(value)}
              min={0}
              max={1}
              step={weightStep}
              precision={3}
              labelPosition={Position.start}
              disabled={disabled}
              incrementButtonAriaLabel={t(lang, "ui.scores.increase", { name })}
              decrementButtonAriaLabel={t(lang, "ui.scores.decrease", { name })}
              onChange={(_event, text) => {
                const typed = parseWeight(text);
                if (typed !== null) change(index, typed);
              }}
              styles={spinStyles}
            />
            <Slider
              ariaLabel={t(lang, "ui.scores.weightSlider", { name })}
              min={0}
              max={1}
              step={weightStep}
              value={value}
              showValue={false}
              disabled={disabled}
              ariaValueText={show}
              onChange={(next) => change(index, next)}
            />
          </Stack>
        );
      })}
      <Text aria-live="polite">
        {t(lang, "ui.scores.weightSum", { sum: formatNumber(lang, weightSum(weights), 2) })}
      </Text>
    </Stack>
  );
}

/** Two decimals for 0.05 steps, three when the weight has them (a rescaled 0.229). */
function decimalsOf(value: number): number {
  return Math.abs(value * 100 - Math.round(value * 100)) > 1e-6 ? 3 : 2;
}

/** A typed weight: a number (a comma for the decimal point is accepted), or null when it is not one. */
function parseWeight(text: string | undefined): number | null {
  const trimmed = (text ?? "").trim().replace(",", ".");
  const value = trimmed === "" ? NaN : Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
