import type { ComponentType } from "react";
import type { Lang } from "../domain/types";
import type { JobDefinition, JobReport } from "../jobs/jobDefinition";
import { methodSteps } from "../jobs/jobDefinition";
import type { WorkbookHost } from "../plan/sheetSnapshot";

/** What the frame hands every job's panel: the host, the pane's language and the job's definition. */
export interface JobPanelProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly job: JobDefinition<JobReport>;
}

/** Custom panels by job key; a job without one gets the generic panel built from its definition. */
export type Panels = Readonly<Record<string, ComponentType<JobPanelProps>>>;

/** The job's place in the method, 1 for data … 6 for records. */
export function stepNumber(job: Pick<JobDefinition<JobReport>, "step">): number {
  return methodSteps.indexOf(job.step) + 1;
}

/** The jobs sorted by their place in the method (the registry's are already; a list passed in may not be). */
export function inMethodOrder<J extends Pick<JobDefinition<JobReport>, "step">>(jobs: readonly J[]): J[] {
  return [...jobs].sort((a, b) => stepNumber(a) - stepNumber(b));
}
