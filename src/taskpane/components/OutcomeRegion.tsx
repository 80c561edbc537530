import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";

export interface OutcomeRegionProps {
  readonly lang: Lang;
  /** What the run's state is called ("running", "done"…): a new value scrolls the region into view and focuses it. */
  readonly state: string;
  readonly children: ReactNode;
}

/**
 * The region holding a run's progress and outcome. When the run starts and when its outcome arrives, the region
 * scrolls into view and takes focus, so that in a short pane the person sees (and a screen reader reads) what happened.
 */
export function OutcomeRegion({ lang, state, children }: OutcomeRegionProps) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = region.current;
    if (element === null) return;
    // jsdom has no scrollIntoView; browsers do.
    if (typeof element.scrollIntoView === "function") element.scrollIntoView({ block: "nearest" });
    element.focus({ preventScroll: true });
  }, [state]);
  return (
    <div
      ref={region}
      tabIndex={-1}
      role="region"
      aria-label={t(lang, "ui.result")}
      style={{ outline: "none" }}
    >
      {children}
    </div>
  );
}
