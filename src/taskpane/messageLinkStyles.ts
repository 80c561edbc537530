import type { ILinkStyles, Theme } from "@fluentui/react";

/**
 * A link inside a message bar in the bar's own link colour: Fluent's Link otherwise keeps themePrimary, 4.11:1 over
 * the light warning background (WCAG AA asks 4.5:1).
 */
export function messageLinkStyles(theme: Theme): Partial<ILinkStyles> {
  const { messageLink, messageLinkHovered } = theme.semanticColors;
  return {
    root: { color: messageLink, selectors: { ":hover, :active:hover": { color: messageLinkHovered } } },
  };
}
