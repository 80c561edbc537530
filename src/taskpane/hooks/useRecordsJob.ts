import { useCallback, useMemo, useRef, useState } from "react";
import type { Lang } from "../../domain/types";
import type { CustomerFacts } from "../../jobs/records/customerFacts";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import { runRegisteredJob } from "../../jobs/runJob";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import type { FilterTier } from "../customerChoice";
import { customersOption, filterCustomers } from "../customerChoice";
import { describeError } from "../describeError";
import type { GenericRunState } from "./genericJobState";
import type { CustomerFactsState } from "./useCustomerFacts";
import { useCustomerFacts } from "./useCustomerFacts";
import type { GenericJob } from "./useGenericJob";
import { useGenericJob } from "./useGenericJob";

export interface RecordsJob {
  /** The workbook's sheets and the customer sheet, as the generic panel keeps them. */
  readonly generic: GenericJob;
  readonly facts: CustomerFactsState;
  readonly search: string;
  readonly tiers: readonly FilterTier[];
  /** The customers the search and tier filter leave, in sheet order. */
  readonly shown: readonly CustomerFacts[];
  /** Keys of the chosen customers. */
  readonly chosen: ReadonlySet<string>;
  readonly run: GenericRunState;
  /** The customer sheet the person chose (it then stays, see below). */
  readonly sheet: string | null;
  readonly chooseSheet: (sheet: string) => void;
  readonly setSearch: (search: string) => void;
  readonly toggleTier: (tier: FilterTier) => void;
  readonly toggle: (key: string, on: boolean) => void;
  /** Choose every shown customer (true) or none of them (false); hidden ones keep their choice. */
  readonly chooseShown: (on: boolean) => void;
  readonly start: (newCopy?: boolean) => void;
}

/**
 * The Records panel's state: the customer sheet (generic), its customers, the search, tier filter and choice (every
 * customer at first), and the run, which passes exactly the chosen customers to the records job.
 */
export function useRecordsJob(host: WorkbookHost, job: JobDefinition<JobReport>, lang: Lang): RecordsJob {
  const generic = useGenericJob(host, job, lang);
  // Once chosen or run on, the customer sheet stays while it exists: opening a record sheet from the outcome
  // activates it, which would otherwise make it the customer sheet.
  const [pinned, setPinned] = useState<string | null>(null);
  const listed = generic.sheets.kind === "listed" ? generic.sheets.names : [];
  const sheet = pinned !== null && listed.includes(pinned) ? pinned : (generic.roles["accounts"] ?? null);
  const facts = useCustomerFacts(host, sheet, generic.sheets, lang);
  const [search, setSearch] = useState("");
  const [tiers, setTiers] = useState<readonly FilterTier[]>([]);
  // Per sheet: the keys chosen; a sheet seen for the first time starts with every customer chosen.
  const [choices, setChoices] = useState<Readonly<Record<string, ReadonlySet<string>>>>({});
  const [run, setRun] = useState<GenericRunState>({ kind: "idle" });
  const customers = facts.kind === "read" ? facts.customers : [];
  const all = useMemo(() => new Set(customers.map((customer) => customer.key)), [customers]);
  const chosen = (sheet === null ? undefined : choices[sheet]) ?? all;
  const shown = useMemo(
    () => filterCustomers(customers, search, facts.kind === "read" && facts.hasTiers ? tiers : []),
    [customers, search, tiers, facts],
  );
  const choose = (change: (old: Set<string>) => void) => {
    if (sheet === null) return;
    const next = new Set(chosen);
    change(next);
    setChoices((old) => ({ ...old, [sheet]: next }));
  };
  const running = useRef(false);

  const start = useCallback(
    (newCopy = false) => {
      const names = customers.filter((customer) => chosen.has(customer.key)).map((c) => c.name);
      if (sheet === null || names.length === 0 || running.current) return;
      running.current = true;
      setPinned(sheet);
      setRun({ kind: "running", fraction: null });
      const request = {
        sheets: { accounts: sheet },
        options: { customers: customersOption(names), tier: "" },
        lang,
        ...(newCopy ? { newCopy: true } : {}),
      };
      const finish = (next: GenericRunState) => {
        running.current = false;
        setRun(next);
      };
      runRegisteredJob(host, job, request, (fraction) => setRun({ kind: "running", fraction })).then(
        (outcome) =>
          finish(
            outcome.ok
              ? { kind: "done", sheet, report: outcome.report }
              : { kind: "refused", sheet, issues: outcome.issues },
          ),
        (error: unknown) => finish({ kind: "failed", failure: describeError(error, lang) }),
      );
    },
    [chosen, customers, host, job, lang, sheet],
  );

  return {
    generic,
    sheet,
    facts,
    search,
    tiers,
    shown,
    chosen,
    run,
    chooseSheet: (chosenSheet) => {
      setPinned(chosenSheet);
      generic.chooseSheet("accounts", chosenSheet);
    },
    setSearch,
    toggleTier: (tier) =>
      setTiers((old) => (old.includes(tier) ? old.filter((t) => t !== tier) : [...old, tier])),
    toggle: (key, on) => choose((next) => (on ? next.add(key) : next.delete(key))),
    chooseShown: (on) => choose((next) => shown.forEach((c) => (on ? next.add(c.key) : next.delete(c.key)))),
    start,
  };
}
