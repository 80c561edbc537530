/**
 * A job run's one progress bar over its reads and its write (`runWorkbookJob`). Only reads of several syncs report
 * (a big sheet, read in row chunks); a run whose reads each took one sync reports the write alone, 0..1, as before.
 */

/** Share of the bar the reads take once one of them reports; the write fills the rest. */
export const readShare = 0.5;

export interface RunProgress {
  /** The listener for sheet `index` of `count` read in this run (undefined for other reads, or without a listener). */
  readonly reading: (index: number, count: number) => ((fraction: number) => void) | undefined;
  /** The listener for the write's fraction (undefined without a listener). */
  readonly writing: ((fraction: number) => void) | undefined;
}

/**
 * The run's fraction from a read's or the write's, said only when it rises.
 * Formula: reading sheet i of n, fraction f of its rows → readShare × (i + f) / n; writing fraction w → readShare +
 * (1 − readShare) × w after a read reported, w otherwise.
 * @example one sheet read in 2 chunks, then a write of 1 sync: reading(0, 1)(0.5), (1), writing(1) say 0.25, 0.5, 1
 */
export function runProgress(onProgress?: (fraction: number) => void): RunProgress {
  if (!onProgress) return { reading: () => undefined, writing: undefined };
  let readReported = false;
  let last = -1;
  const say = (fraction: number): void => {
    if (fraction <= last) return;
    last = fraction;
    onProgress(fraction);
  };
  return {
    reading: (index, count) =>
      index < 0 || count <= 0
        ? undefined
        : (fraction) => {
            readReported = true;
            say((readShare * (index + Math.min(1, fraction))) / count);
          },
    writing: (fraction) => say(readReported ? readShare + (1 - readShare) * fraction : fraction),
  };
}
