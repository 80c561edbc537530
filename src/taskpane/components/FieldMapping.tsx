import { useState } from "react";
import { ActionButton, Label, Stack, Text } from "@fluentui/react";
import type { IDropdownOption } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { FieldKey } from "../../domain/fieldKeys";
import type { SourceLayout } from "../../domain/source";
import { fieldKeys } from "../../domain/fieldKeys";
import { requiredFields } from "../../domain/fields";
import { columnLetters } from "../../domain/address";
import { fieldName, t } from "../../i18n";
import { formatNumber } from "../format";
import { PaneDropdown } from "./PaneDropdown";

export interface FieldMappingProps {
  readonly lang: Lang;
  readonly layout: SourceLayout;
  readonly disabled: boolean;
  /** Open at first: when a required field is missing the person has to act here. */
  readonly defaultOpen: boolean;
  /** A 1-based sheet column, or null for "not mapped". */
  readonly onMap: (field: FieldKey, column: number | null) => void;
}

const notMappedKey = "none";

/** The field mapping, collapsed to its count: one dropdown per field listing the header cells. */
export function FieldMapping({ lang, layout, disabled, defaultOpen, onMap }: FieldMappingProps) {
  const [open, setOpen] = useState(defaultOpen);
  const options: IDropdownOption[] = [
    { key: notMappedKey, text: t(lang, "ui.notMapped") },
    // The job leaves its own earlier columns out of the headers: they are results, not sources.
    ...layout.headers.map((h) => ({ key: String(h.column), text: `${columnLetters(h.column)} · ${h.text}` })),
  ];
  const title = mappingTitle(lang, layout);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ActionButton
        iconProps={{ iconName: open ? "ChevronDown" : "ChevronRight" }}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        styles={{
          root: { minHeight: 28, height: "auto", padding: 0, marginLeft: -4, alignSelf: "flex-start" },
          label: { textAlign: "left" },
        }}
      >
        {title}
      </ActionButton>
      {open && (
        <Stack tokens={{ childrenGap: 6 }}>
          <Text variant="small">{t(lang, "ui.mappingHelp")}</Text>
          {fieldKeys.map((field) => (
            <FieldRow key={field} {...{ lang, layout, field, options, disabled, onMap }} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** "Field mapping: 9/9 required and 1/4 optional fields found": what the count counts, in two groups. */
function mappingTitle(lang: Lang, layout: SourceLayout): string {
  const optionalFields = fieldKeys.filter((field) => !requiredFields.includes(field));
  const found = (fields: readonly FieldKey[]) => fields.filter((f) => layout.fields[f] !== undefined).length;
  return t(lang, "ui.mapping", {
    required: formatNumber(lang, found(requiredFields)),
    requiredTotal: formatNumber(lang, requiredFields.length),
    optional: formatNumber(lang, found(optionalFields)),
    optionalTotal: formatNumber(lang, optionalFields.length),
  });
}

interface FieldRowProps {
  readonly lang: Lang;
  readonly layout: SourceLayout;
  readonly field: FieldKey;
  readonly options: IDropdownOption[];
  readonly disabled: boolean;
  readonly onMap: (field: FieldKey, column: number | null) => void;
}

function FieldRow({ lang, layout, field, options, disabled, onMap }: FieldRowProps) {
  const mapping = layout.fields[field];
  const name = fieldName(lang, field);
  const required = requiredFields.includes(field);
  return (
    <Stack horizontal verticalAlign="start" tokens={{ childrenGap: 8 }}>
      <Label
        required={required}
        styles={{ root: { width: 128, flexShrink: 0, fontWeight: 400, lineHeight: 16, paddingTop: 8 } }}
      >
        {name}
      </Label>
      <Stack grow tokens={{ childrenGap: 2 }} styles={{ root: { minWidth: 0 } }}>
        <PaneDropdown
          // The name says which field the dropdown sets, not just the field: "Net profit ← column".
          ariaLabel={t(lang, "ui.fieldColumn", { field: name })}
          options={options}
          selectedKey={mapping ? String(mapping.column) : notMappedKey}
          disabled={disabled}
          // Fluent's own error state marks the field that blocks the run.
          errorMessage={required && !mapping ? t(lang, "ui.chooseColumn") : ""}
          onChange={(_event, option) =>
            option && onMap(field, option.key === notMappedKey ? null : Number(option.key))
          }
        />
        {mapping?.unitFrom === "header" && (
          <Text variant="small">{t(lang, "ui.fieldUnit", { unit: mapping.unit.label })}</Text>
        )}
      </Stack>
    </Stack>
  );
}
