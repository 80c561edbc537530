import { Text, useTheme } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { formatNumber } from "../format";

export interface TopCustomersProps {
  readonly lang: Lang;
  /** The customers with the largest sales over the period, largest first. */
  readonly customers: readonly { readonly name: string; readonly sales: number }[];
}

/** Sales to the cent, with the locale's separators: 1234567.891 → "1,234,567.89". */
const centsDigits = 2;

/** The top customers as a small table (caption, a name and a sales column) a screen reader can walk. */
export function TopCustomers({ lang, customers }: TopCustomersProps) {
  const theme = useTheme();
  if (customers.length === 0) return null;
  const line = `1px solid ${theme.semanticColors.bodyDivider}`;
  const cell = { padding: "4px 0", borderBottom: line, verticalAlign: "top" } as const;
  return (
    <table style={{ width: "100%", borderCollapse: "collapse", tableLayout: "fixed" }}>
      <caption style={{ textAlign: "start", paddingBottom: 4 }}>
        <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
          {t(lang, "ui.transactions.topTitle", { count: formatNumber(lang, customers.length) })}
        </Text>
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...cell, textAlign: "start", fontWeight: 600 }}>
            <Text styles={{ root: { fontWeight: 600 } }}>{t(lang, "ui.transactions.customer")}</Text>
          </th>
          <th scope="col" style={{ ...cell, textAlign: "end", width: "45%" }}>
            <Text styles={{ root: { fontWeight: 600 } }}>{t(lang, "ui.transactions.sales")}</Text>
          </th>
        </tr>
      </thead>
      <tbody>
        {customers.map((customer, index) => (
          <tr key={index}>
            <th scope="row" style={{ ...cell, textAlign: "start", fontWeight: "normal" }}>
              <Text styles={{ root: { overflowWrap: "anywhere" } }}>{customer.name}</Text>
            </th>
            <td style={{ ...cell, textAlign: "end", fontVariantNumeric: "tabular-nums" }}>
              <Text>{formatNumber(lang, customer.sales, centsDigits)}</Text>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
