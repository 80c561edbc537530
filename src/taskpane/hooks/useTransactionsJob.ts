import { useLayoutEffect, useRef } from "react";
import type { Lang } from "../../domain/types";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import { txSheetDefaults } from "../txSheetDefaults";
import type { GenericJob } from "./useGenericJob";
import { useGenericJob } from "./useGenericJob";

/**
 * The Transactions panel's state: the generic job state (sheets per role, run with its progress), starting on the
 * sheet named like order lines and the sheet named like customers (see txSheetDefaults) once the sheets are listed.
 */
export function useTransactionsJob(
  host: WorkbookHost,
  job: JobDefinition<JobReport>,
  lang: Lang,
): GenericJob {
  const generic = useGenericJob(host, job, lang);
  const { sheets, roles, chooseSheet } = generic;
  const defaulted = useRef(false);
  // The generic first choice is the active sheet: the fallback for the order lines.
  const active = roles["transactions"] ?? null;
  // Before the first paint of the listed sheets: no moment in which the button would run on the generic choice.
  useLayoutEffect(() => {
    if (sheets.kind !== "listed" || defaulted.current) return;
    defaulted.current = true;
    const generated = job.creates.flatMap((thing) =>
      thing.kind === "sheet" ? Object.values(thing.names) : [],
    );
    const chosen = txSheetDefaults(sheets.names, active, generated);
    chooseSheet("transactions", chosen.transactions);
    chooseSheet("customers", chosen.customers);
  }, [sheets, active, job, chooseSheet]);
  return generic;
}
