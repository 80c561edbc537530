import { useEffect, useRef } from "react";
import type { CSSProperties } from "react";
import type { Theme } from "@fluentui/react";
import { columnLetters } from "../../domain/address";
import type { DisplayCell, SheetDisplay } from "../../hosts/xlsx/xlsxWorkbook";
import { formatValue } from "./numberFormat/formatValue";

export interface SheetTableProps {
  readonly display: SheetDisplay;
  readonly theme: Theme;
  /** A cell to point at ("F17"), e.g. the one an issue in the pane refers to. */
  readonly selected: string | null;
}

/**
 * One sheet as a grid like Excel's: column letters across the top, row numbers down the side, every value shown
 * through its number format; numbers to the right, text to the left, booleans and errors centred.
 */
export function SheetTable({ display, theme, selected }: SheetTableProps) {
  const { palette, fonts } = theme;
  const line = `1px solid ${palette.neutralLight}`;
  const heading: CSSProperties = {
    background: palette.neutralLighter,
    color: palette.neutralPrimary,
    fontWeight: 400,
    border: line,
    padding: "2px 6px",
    textAlign: "center",
  };
  const columns = Array.from({ length: display.columnCount }, (_, i) => i + 1);
  const table = useRef<HTMLTableElement>(null);
  // A cell the pane points to is scrolled into sight, as Excel shows the cell it selects.
  useEffect(() => {
    if (selected !== null)
      table.current
        ?.querySelector(`td[data-cell="${selected}"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, display]);
  return (
    <table
      ref={table}
      aria-label={display.sheet}
      style={{ borderCollapse: "collapse", fontSize: fonts.small.fontSize, color: palette.neutralPrimary }}
    >
      <thead>
        <tr>
          <td style={heading} />
          {columns.map((column) => (
            <th key={column} scope="col" style={heading}>
              {columnLetters(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {display.rows.map((row, r) => (
          <tr key={r}>
            <th scope="row" style={heading}>
              {r + 1}
            </th>
            {columns.map((column) => {
              const ref = `${columnLetters(column)}${r + 1}`;
              const cell = row[column - 1] ?? null;
              const outline = ref === selected ? `2px solid ${palette.themePrimary}` : undefined;
              return (
                <td key={column} data-cell={ref} style={{ ...cellStyle(cell), border: line, outline }}>
                  {cell === null ? "" : formatValue(cell.value, cell.format)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellStyle(cell: DisplayCell | null): CSSProperties {
  const align =
    typeof cell?.value === "number" ? "right" : typeof cell?.value === "boolean" ? "center" : "left";
  const error = typeof cell?.value === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(cell.value);
  return { padding: "2px 6px", whiteSpace: "nowrap", textAlign: error ? "center" : align };
}
