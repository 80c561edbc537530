import { useId } from "react";
import { Checkbox, DefaultButton, SearchBox, Stack, Text, useTheme } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { CustomerFacts } from "../../jobs/records/customerFacts";
import { t } from "../../i18n";
import type { FilterTier } from "../customerChoice";
import { filterTiers } from "../customerChoice";
import { formatNumber } from "../format";

/** Tall enough for about eight customers; the list scrolls inside the pane, never sideways. */
const listMaxHeightPx = 264;

export interface CustomerPickerProps {
  readonly lang: Lang;
  readonly sheet: string;
  readonly customers: readonly CustomerFacts[];
  readonly shown: readonly CustomerFacts[];
  readonly chosen: ReadonlySet<string>;
  /** The sheet has the scores job's tier column: the tier filter works. */
  readonly hasTiers: boolean;
  readonly search: string;
  readonly tiers: readonly FilterTier[];
  readonly disabled: boolean;
  readonly onSearch: (search: string) => void;
  readonly onTier: (tier: FilterTier) => void;
  readonly onToggle: (key: string, on: boolean) => void;
  readonly onChooseShown: (on: boolean) => void;
}

/**
 * The customers of the sheet as a list of checkboxes: a search by name (full-width and case ignored), a tier filter
 * (A/B/C toggles, disabled with a note until the scores job wrote tiers), select all / none of those shown, and how
 * many are chosen.
 */
export function CustomerPicker(props: CustomerPickerProps) {
  const { lang, customers, shown, chosen, hasTiers, tiers, disabled } = props;
  const theme = useTheme();
  const tierId = useId();
  const n = (value: number) => formatNumber(lang, value);
  const count = customers.filter((customer) => chosen.has(customer.key)).length;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {t(lang, "ui.records.listTitle")}
      </Text>
      <SearchBox
        ariaLabel={t(lang, "ui.records.search")}
        placeholder={t(lang, "ui.records.searchPlaceholder")}
        value={props.search}
        disabled={disabled}
        onChange={(_event, value) => props.onSearch(value ?? "")}
      />
      <Stack tokens={{ childrenGap: 4 }}>
        <Stack horizontal verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
          <Text id={tierId}>{t(lang, "ui.records.tierFilter")}</Text>
          <Stack horizontal role="group" aria-labelledby={tierId} tokens={{ childrenGap: 4 }}>
            {filterTiers.map((tier) => (
              <DefaultButton
                key={tier}
                text={tier}
                ariaLabel={t(lang, "ui.records.tierLabel", { tier })}
                toggle
                checked={hasTiers && tiers.includes(tier)}
                disabled={disabled || !hasTiers}
                onClick={() => props.onTier(tier)}
                styles={{ root: { minWidth: 40, padding: "0 8px" } }}
              />
            ))}
          </Stack>
        </Stack>
        <Text variant="small">{t(lang, hasTiers ? "ui.records.tierHelp" : "ui.records.noTiers")}</Text>
      </Stack>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={t(lang, "ui.records.selectAll")}
          disabled={disabled || shown.length === 0}
          onClick={() => props.onChooseShown(true)}
        />
        <DefaultButton
          text={t(lang, "ui.records.selectNone")}
          disabled={disabled || shown.length === 0}
          onClick={() => props.onChooseShown(false)}
        />
      </Stack>
      <Text aria-live="polite">
        {t(lang, "ui.records.count", { chosen: n(count), total: n(customers.length) })}
      </Text>
      {shown.length === 0 ? (
        <Text>{t(lang, "ui.records.noMatch")}</Text>
      ) : (
        <Stack
          role="group"
          aria-label={t(lang, "ui.records.list", { sheet: props.sheet })}
          tokens={{ childrenGap: 6 }}
          styles={{
            root: {
              maxHeight: listMaxHeightPx,
              overflowY: "auto",
              overflowX: "hidden",
              padding: 8,
              border: `1px solid ${theme.palette.neutralTertiaryAlt}`,
            },
          }}
        >
          {shown.map((customer) => (
            <Checkbox
              key={customer.key}
              label={
                customer.tier === undefined
                  ? customer.name
                  : t(lang, "ui.records.withTier", { name: customer.name, tier: customer.tier })
              }
              checked={chosen.has(customer.key)}
              disabled={disabled}
              onChange={(_event, on) => props.onToggle(customer.key, on === true)}
              styles={{ text: { wordBreak: "break-word" } }}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
