import { runProgress } from "../../../src/hosts/excel/runProgress";

describe("runProgress", () => {
  it("puts chunked reads in the first half and the write in the second, said only when rising", () => {
    const seen: number[] = [];
    const progress = runProgress((f) => seen.push(f));
    // Two sheets: the first read in 2 chunks (0.5 of its rows, then all), the second in one sync (never reports).
    const first = progress.reading(0, 2);
    first?.(0.5);
    first?.(1);
    first?.(1);
    progress.writing?.(0.5);
    progress.writing?.(1);
    // 0.5 × 0.5 / 2, 0.5 × 1 / 2, then 0.5 + 0.5 × 0.5 and 1.
    expect(seen).toEqual([0.125, 0.25, 0.75, 1]);
  });

  it("reports the write alone, 0..1, when no read took more than one sync", () => {
    const seen: number[] = [];
    const progress = runProgress((f) => seen.push(f));
    progress.writing?.(0.4);
    progress.writing?.(1);
    expect(seen).toEqual([0.4, 1]);
    expect(progress.reading(-1, 2)).toBeUndefined(); // a generated sheet's read
  });

  it("has no listeners without onProgress", () => {
    const progress = runProgress();
    expect([progress.reading(0, 1), progress.writing]).toEqual([undefined, undefined]);
  });
});
