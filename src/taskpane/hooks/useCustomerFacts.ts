import { useEffect, useState } from "react";
import type { Issue, Lang } from "../../domain/types";
import type { CustomerFacts } from "../../jobs/records/customerFacts";
import { customerFacts, hasTierColumn } from "../../jobs/records/customerFacts";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import type { Failure } from "../describeError";
import { describeError } from "../describeError";

/** The customers of the chosen customer sheet as the Records panel lists them. */
export type CustomerFactsState =
  | { readonly kind: "none" }
  | { readonly kind: "loading" }
  | { readonly kind: "readFailed"; readonly failure: Failure }
  | { readonly kind: "noTable"; readonly sheet: string; readonly issues: readonly Issue[] }
  | {
      readonly kind: "read";
      readonly sheet: string;
      readonly customers: readonly CustomerFacts[];
      /** The sheet has the scores job's priority tier column. */
      readonly hasTiers: boolean;
    };

/**
 * Reads the customers of a sheet in one host transaction (nothing written), again whenever `version` changes (the
 * panel passes the listed sheets, which are listed again after the workbook changed).
 */
export function useCustomerFacts(
  host: WorkbookHost,
  sheet: string | null,
  version: unknown,
  lang: Lang,
): CustomerFactsState {
  const [state, setState] = useState<CustomerFactsState>({ kind: "none" });
  useEffect(() => {
    if (sheet === null) {
      setState({ kind: "none" });
      return;
    }
    let current = true;
    setState((old) => (old.kind === "read" && old.sheet === sheet ? old : { kind: "loading" }));
    host
      .runWorkbookJob([sheet], (workbook) => {
        const grid = workbook.sheets.get(sheet)?.grid;
        const facts = grid === undefined ? null : customerFacts(grid);
        return { edit: null, result: { facts, hasTiers: grid !== undefined && hasTierColumn(grid) } };
      })
      .then(
        ({ facts, hasTiers }) => {
          if (!current) return;
          if (facts === null) setState({ kind: "noTable", sheet, issues: [] });
          else if (!facts.ok) setState({ kind: "noTable", sheet, issues: facts.issues });
          else setState({ kind: "read", sheet, customers: facts.customers, hasTiers });
        },
        (error: unknown) => current && setState({ kind: "readFailed", failure: describeError(error, lang) }),
      );
    return () => {
      current = false;
    };
  }, [host, sheet, version, lang]);
  return state;
}
