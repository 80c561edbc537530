/**
 * Every job the product has, in the method's order. The CLI's commands, `kaw --help`, the demo and the task
 * pane's navigation are generated from this list: adding a job is adding it here.
 */
import type { JobDefinition, JobReport } from "./jobDefinition";
import { methodSteps } from "./jobDefinition";
import { ratiosJob } from "./ratiosJob";
import { scoresJob } from "./scores/scoresJob";
import { transactionsJob } from "./transactions/transactionsJob";
import { recordsJob } from "./records/recordsJob";
import { forecastJob } from "./forecast/forecastJob";

const registered: readonly JobDefinition<JobReport>[] = [
  ratiosJob,
  scoresJob,
  transactionsJob,
  forecastJob,
  recordsJob,
];

/** The jobs in the method's order (data → ratios → scores → transactions → forecast → records). */
export const jobs: readonly JobDefinition<JobReport>[] = [...registered].sort(
  (a, b) => methodSteps.indexOf(a.step) - methodSteps.indexOf(b.step),
);

/** The job with this key, or undefined. */
export function findJob(key: string): JobDefinition<JobReport> | undefined {
  return jobs.find((job) => job.key === key);
}
