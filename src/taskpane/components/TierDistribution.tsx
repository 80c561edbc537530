import { useId } from "react";
import { Stack, Text, useTheme } from "@fluentui/react";
import type { Tier } from "../../domain/scoring/scoreSettings";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { formatNumber, formatPercent } from "../format";

export interface TierDistributionProps {
  readonly lang: Lang;
  /** Customers per tier; `none` have no priority score. */
  readonly tiers: Readonly<Record<Tier | "none", number>>;
}

/**
 * The tier colours of the sheet's conditional format (fill, text): A green, B amber, C grey. Text over its fill
 * has a contrast of at least 4.5:1 (006100 on C6EFCE 6.1:1, 9C5700 on FFEB9C 5.3:1, 595959 on EDEDED 6.0:1).
 */
export const tierColours: Readonly<Record<Tier, { readonly fill: string; readonly text: string }>> = {
  A: { fill: "#C6EFCE", text: "#006100" },
  B: { fill: "#FFEB9C", text: "#9C5700" },
  C: { fill: "#EDEDED", text: "#595959" },
};

const rows = ["A", "B", "C", "none"] as const;
const barHeightPx = 12;

/** Customers per tier: a coloured tier label, a bar as long as the tier's share, the count and its percentage. */
export function TierDistribution({ lang, tiers }: TierDistributionProps) {
  const theme = useTheme();
  const headingId = useId();
  const total = rows.reduce((sum, row) => sum + tiers[row], 0);
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text as="h3" variant="mediumPlus" id={headingId} styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {t(lang, "ui.scores.distribution")}
      </Text>
      <Stack as="ul" aria-labelledby={headingId} tokens={{ childrenGap: 4 }} styles={listStyles}>
        {rows.map((row) => {
          const count = tiers[row];
          const share = total > 0 ? count / total : 0;
          const colours =
            row === "none"
              ? { fill: theme.palette.neutralQuaternary, text: theme.palette.neutralPrimary }
              : tierColours[row];
          const label = row === "none" ? t(lang, "ui.scores.noScore") : row;
          const counted = { count: formatNumber(lang, count), percent: formatPercent(lang, share) };
          return (
            <Stack as="li" key={row} horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <span style={{ ...chipStyle, background: colours.fill, color: colours.text }}>{label}</span>
              <div aria-hidden="true" style={{ flex: "1 1 auto", minWidth: 0 }}>
                <div
                  data-tier-bar={row}
                  style={{ width: `${share * 100}%`, height: barHeightPx, background: colours.fill }}
                />
              </div>
              <Text styles={{ root: { flex: "0 0 auto", minWidth: 72, textAlign: "end" } }}>
                {t(lang, "ui.scores.tierCount", counted)}
              </Text>
            </Stack>
          );
        })}
      </Stack>
    </Stack>
  );
}

const listStyles = { root: { margin: 0, padding: 0, listStyle: "none" } };

const chipStyle = {
  flex: "0 0 auto",
  minWidth: 56,
  padding: "2px 6px",
  borderRadius: 2,
  fontWeight: 600,
  textAlign: "center",
} as const;
