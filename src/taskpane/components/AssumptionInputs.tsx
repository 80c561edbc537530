import { Stack, Text, TextField } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { AssumptionKey, Assumptions } from "../../jobs/forecast/assumptions";
import { assumptionSpecs } from "../../jobs/forecast/assumptions";
import { catalog, t } from "../../i18n";
import type { AssumptionEntries } from "../assumptionDraft";
import { assumptionGroups, changedFrom, checkEntry, entryText } from "../assumptionDraft";

export interface AssumptionInputsProps {
  readonly lang: Lang;
  /** The values on the sheet: an entry that differs is marked as changed. */
  readonly read: Assumptions;
  readonly entries: AssumptionEntries;
  readonly disabled: boolean;
  readonly onChange: (key: AssumptionKey, text: string) => void;
}

/** Up to six decimals with the locale's separators: bounds and earlier values as the person reads them. */
const shown = (lang: Lang, value: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(value);

// A changed value: a heavier border and its note in bold (Fluent has no "modified" state of its own).
const changedStyles = { fieldGroup: { borderWidth: 2 }, description: { fontWeight: 600 } } as const;

/**
 * The forecast assumptions as labelled number inputs in four groups (margins and rates, account costs, risk by tier,
 * decision): ratios in percent, each with its unit, checked against its bounds as typed, changed ones marked.
 */
export function AssumptionInputs({ lang, read, entries, disabled, onChange }: AssumptionInputsProps) {
  const texts = catalog(lang).forecast.assumptions;
  const groups = Object.entries(assumptionGroups) as [
    keyof typeof assumptionGroups,
    readonly AssumptionKey[],
  ][];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {t(lang, "ui.forecast.assumptionsTitle")}
      </Text>
      {groups.map(([group, keys]) => (
        <Stack
          key={group}
          as="fieldset"
          tokens={{ childrenGap: 4 }}
          styles={{ root: { border: "none", margin: 0, padding: 0, minWidth: 0 } }}
        >
          <Text as="legend" styles={{ root: { fontWeight: 600, padding: 0 } }}>
            {t(lang, `ui.forecast.groups.${group}`)}
          </Text>
          {keys.map((key) => {
            const entry = entries[key];
            const checked = checkEntry(key, entry);
            const was = entryText(key, read[key]);
            const changed = checked.ok && changedFrom(read[key], checked.value);
            const spec = assumptionSpecs[key];
            // A coefficient (0 to 1) has no unit to show beside it.
            const unit = spec.unit === "coefficient" ? "" : t(lang, `ui.forecast.unitShort.${spec.unit}`);
            const note = changed
              ? `${texts.units[key]} · ${t(lang, "ui.forecast.changed", { value: `${shown(lang, Number(was))}${unit === "%" ? " %" : ""}` })}`
              : texts.units[key];
            return (
              <TextField
                key={key}
                label={texts.labels[key]}
                value={entry}
                inputMode="decimal"
                {...(unit === "" ? {} : { suffix: unit })}
                description={note}
                {...(checked.ok
                  ? {}
                  : {
                      errorMessage: t(lang, "forecast.assumptions.invalidValue", {
                        min: shown(lang, checked.min),
                        max: shown(lang, checked.max),
                      }),
                    })}
                disabled={disabled}
                {...(changed ? { styles: changedStyles } : {})}
                onChange={(_event, text) => onChange(key, text ?? "")}
              />
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
