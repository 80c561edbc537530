/** The repository passes its tests with nothing beside it: no test, source or script reaches outside the clone. */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve } from "path";
import { fixtureDir } from "./hosts/xlsx/xlsxTestKit";

const root = resolve(__dirname, "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("the repository stands alone", () => {
  it("keeps the Excel-made fixtures inside the repository, with their licence", () => {
    expect(relative(root, fixtureDir).startsWith("..")).toBe(false);
    for (const name of ["Book1.xlsx", "CalcChain.xlsx", "MergeCell.xlsx", "SharedStrings.xlsx"])
      expect(existsSync(join(fixtureDir, name))).toBe(true);
    expect(readFileSync(join(fixtureDir, "README.md"), "utf8")).toMatch(/BSD 3-Clause/);
    expect(existsSync(join(fixtureDir, "LICENSE-excelize.txt"))).toBe(true);
  });

  it("has no source, test, bench or CI file that reads a folder beside the clone", () => {
    const checked = ["src", "test", "bench", ".ci"].flatMap((dir) => files(join(root, dir)));
    const outside = checked.filter(
      (path) =>
        /\.(ts|tsx|js|sh)$|run$/.test(path) &&
        /\.\.\/(\.\.\/)*shared\b|"\.\.",\s*"shared"/.test(readFileSync(path, "utf8")),
    );
    expect(outside.map((path) => relative(root, path))).toEqual([]);
  });
});
