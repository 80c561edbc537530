import { Checkbox, ChoiceGroup, Stack, Text, TextField } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { OptionSpec, OptionValue } from "../../jobs/jobDefinition";
import { t } from "../../i18n";
import type { OptionEntries } from "../hooks/genericJobState";
import { numberEntry } from "../hooks/genericJobState";
import { formatNumber } from "../format";
import { PaneDropdown } from "./PaneDropdown";

export interface JobOptionsProps {
  readonly lang: Lang;
  readonly options: readonly OptionSpec[];
  readonly entries: OptionEntries;
  readonly disabled: boolean;
  readonly onChange: (option: string, value: OptionValue) => void;
}

/** A choice among this many or fewer is shown as radio buttons in a row; more become a dropdown. */
const choicesInRowMax = 3;

/** A job's options as Fluent controls (choices, numbers with their bounds, flags), each with its help below. */
export function JobOptions(props: JobOptionsProps) {
  return (
    <>
      {props.options.map((spec) => (
        <Stack key={spec.key} tokens={{ childrenGap: 2 }}>
          <OptionControl spec={spec} {...props} />
          <Text variant="small">{spec.help[props.lang]}</Text>
        </Stack>
      ))}
    </>
  );
}

/** A bound as the person's locale writes it, with as many decimals as it has. */
function bound(lang: Lang, value: number): string {
  return formatNumber(lang, value, (String(value).split(".")[1] ?? "").length);
}

function OptionControl({ lang, spec, entries, disabled, onChange }: JobOptionsProps & { spec: OptionSpec }) {
  const label = spec.names[lang];
  const entry = entries[spec.key] ?? spec.default;
  switch (spec.kind) {
    case "choice": {
      const options = spec.choices.map((choice) => ({ key: choice, text: choice }));
      const common = { label, disabled, selectedKey: String(entry) };
      return spec.choices.length <= choicesInRowMax ? (
        <ChoiceGroup
          {...common}
          options={options}
          onChange={(_event, option) => option && onChange(spec.key, option.key)}
          styles={{ flexContainer: { display: "flex", flexWrap: "wrap", columnGap: "16px" } }}
        />
      ) : (
        <PaneDropdown
          {...common}
          options={options}
          onChange={(_event, option) => option && onChange(spec.key, String(option.key))}
        />
      );
    }
    case "number": {
      const bounds = { min: bound(lang, spec.min), max: bound(lang, spec.max) };
      return (
        <TextField
          label={label}
          inputMode="decimal"
          disabled={disabled}
          value={String(entry)}
          onChange={(_event, value) => onChange(spec.key, value ?? "")}
          {...(numberEntry(spec, entry) === null ? { errorMessage: t(lang, "ui.numberRange", bounds) } : {})}
        />
      );
    }
    case "text":
      return (
        <TextField
          label={label}
          disabled={disabled}
          value={String(entry)}
          placeholder={spec.placeholder[lang]}
          onChange={(_event, value) => onChange(spec.key, value ?? "")}
        />
      );
    case "flag":
      return (
        <Checkbox
          label={label}
          disabled={disabled}
          checked={entry === true}
          onChange={(_event, checked) => onChange(spec.key, checked === true)}
        />
      );
  }
}
