import { useState } from "react";
import { ActionButton, Dropdown, Label, Stack, Text } from "@fluentui/react";
import type { IDropdownOption } from "@fluentui/react";
import type { FieldKey, Lang } from "../../domain/types";
import type { SourceLayout } from "../../domain/source";
import { fieldKeys } from "../../domain/fieldKeys";
import { requiredFields } from "../../domain/fields";
import { columnLetters } from "../../domain/address";
import { fieldName, t } from "../../i18n";
import { formatNumber } from "../format";

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
  const found = fieldKeys.filter((field) => layout.fields[field] !== undefined).length;
  const options: IDropdownOption[] = [
    { key: notMappedKey, text: t(lang, "ui.notMapped") },
    ...layout.headers.map((h) => ({ key: String(h.column), text: `${columnLetters(h.column)} · ${h.text}` })),
  ];
  const title = t(lang, "ui.mapping", {
    found: formatNumber(lang, found),
    total: formatNumber(lang, fieldKeys.length),
  });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ActionButton
        iconProps={{ iconName: open ? "ChevronDown" : "ChevronRight" }}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        styles={{ root: { height: 28, padding: 0, marginLeft: -4, alignSelf: "flex-start" } }}
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
        <Dropdown
          ariaLabel={name}
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
