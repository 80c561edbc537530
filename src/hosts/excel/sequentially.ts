/**
 * Run `step` for each item, one after the other (each waits for the previous promise).
 * Chunked reads and writes go through here so that the number of `context.sync()` calls is data-driven without a
 * sync inside a loop body (office-addins/no-context-sync-in-loop).
 */
export function sequentially<T>(
  items: readonly T[],
  step: (item: T, index: number) => Promise<void>,
): Promise<void> {
  return items.reduce<Promise<void>>(
    (previous, item, index) => previous.then(() => step(item, index)),
    Promise.resolve(),
  );
}
