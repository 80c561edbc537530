import { useRef } from "react";
import type { KeyboardEvent } from "react";
import { Dropdown, ResponsiveMode } from "@fluentui/react";
import type { IDropdown, IDropdownProps } from "@fluentui/react";

// Keys with which Fluent's closed Dropdown changes its selection without showing the list.
const selectingKeys = new Set(["ArrowUp", "ArrowDown", "Home", "End"]);

/**
 * Fluent's Dropdown as the pane needs it: the list opens in place under its field (Fluent opens a full-height side
 * panel below 640 px wide, i.e. at every task-pane width), and arrow keys on a closed dropdown open the list instead
 * of silently choosing the next option.
 */
export function PaneDropdown(props: IDropdownProps) {
  const dropdown = useRef<IDropdown>(null);
  const { onKeyDown } = props;
  const guardKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const open = event.currentTarget.getAttribute("aria-expanded") === "true";
    if (open || event.defaultPrevented || event.altKey || event.metaKey || !selectingKeys.has(event.key))
      return;
    event.preventDefault();
    dropdown.current?.focus(true);
  };
  return (
    <Dropdown
      {...props}
      componentRef={dropdown}
      responsiveMode={ResponsiveMode.large}
      onKeyDown={guardKeys}
    />
  );
}
