import { registerIcons } from "@fluentui/react";
import type { ReactElement, ReactNode } from "react";

// Only the icons the pane's Fluent components use, as inline SVG: Fluent's icon font would be fetched from a CDN,
// and the add-in makes no network calls.
const stroke = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.4,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

function glyph(children: ReactNode): ReactElement {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: "-0.125em" }}
    >
      {children}
    </svg>
  );
}

const dot = (cy: number) => <circle cx="8" cy={cy} r="0.9" fill="currentColor" />;

/** Registers the pane's icons once, before the first render. */
export function registerPaneIcons(): void {
  registerIcons({
    icons: {
      ChevronDown: glyph(<polyline points="3.5,6 8,10.5 12.5,6" {...stroke} />),
      ChevronUp: glyph(<polyline points="3.5,10 8,5.5 12.5,10" {...stroke} />),
      ChevronRight: glyph(<polyline points="6,3.5 10.5,8 6,12.5" {...stroke} />),
      Info: glyph(
        <>
          <circle cx="8" cy="8" r="6.3" {...stroke} />
          <line x1="8" y1="7.2" x2="8" y2="11.3" {...stroke} />
          {dot(4.9)}
        </>,
      ),
      Completed: glyph(
        <>
          <circle cx="8" cy="8" r="6.3" {...stroke} />
          <polyline points="5.2,8.2 7.2,10.2 10.9,6" {...stroke} />
        </>,
      ),
      Warning: glyph(
        <>
          <path d="M8 1.9 14.6 13.6H1.4Z" {...stroke} />
          <line x1="8" y1="6.2" x2="8" y2="9.6" {...stroke} />
          {dot(11.7)}
        </>,
      ),
      ErrorBadge: glyph(
        <>
          <circle cx="8" cy="8" r="6.3" {...stroke} />
          <path d="M5.8 5.8 10.2 10.2M10.2 5.8 5.8 10.2" {...stroke} />
        </>,
      ),
      Blocked2: glyph(
        <>
          <circle cx="8" cy="8" r="6.3" {...stroke} />
          <line x1="3.6" y1="12.4" x2="12.4" y2="3.6" {...stroke} />
        </>,
      ),
      Cancel: glyph(<path d="M3.5 3.5 12.5 12.5M12.5 3.5 3.5 12.5" {...stroke} />),
      Clear: glyph(<path d="M4 4 12 12M12 4 4 12" {...stroke} />),
      CheckMark: glyph(<polyline points="3.2,8.6 6.4,11.6 12.8,4.4" {...stroke} strokeWidth={1.8} />),
      Search: glyph(
        <>
          <circle cx="6.8" cy="6.8" r="4.3" {...stroke} />
          <line x1="10" y1="10" x2="13.6" y2="13.6" {...stroke} />
        </>,
      ),
    },
  });
}
