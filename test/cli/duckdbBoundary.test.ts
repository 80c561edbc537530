/**
 * DuckDB is a native module for the CLI only: nothing the task pane bundles may reach it. The webpack entries' import
 * graph is walked (relative imports, as webpack resolves them) and no module outside src/cli may import DuckDB or the
 * CLI's DuckDB engine.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const webpackEntries = [
  "src/taskpane/index.tsx",
  "src/commands/commands.ts",
  "src/taskpane/preview/preview.tsx",
];
const importPattern = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g;

function specifiers(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(importPattern)].map((match) => match[1] ?? "");
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...[".ts", ".tsx", ".js"].map((ext) => base + ext),
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the DuckDB boundary", () => {
  it("keeps DuckDB and src/cli out of everything the webpack entries import", () => {
    const seen = new Set<string>();
    const reached: string[] = [];
    const queue = webpackEntries.map((entry) => join(root, entry)).filter((path) => existsSync(path));
    expect(queue.length).toBeGreaterThan(0);
    while (queue.length > 0) {
      const file = queue.pop() ?? "";
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of specifiers(file)) {
        if (specifier.startsWith("@duckdb/")) reached.push(`${relative(root, file)} imports ${specifier}`);
        if (!specifier.startsWith(".")) continue;
        const target = resolveLocal(file, specifier);
        if (target === null) continue;
        if (relative(root, target).startsWith(join("src", "cli")))
          reached.push(`${relative(root, file)} imports ${specifier}`);
        queue.push(target);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(reached).toEqual([]);
  });

  it("lets no module outside src/cli import DuckDB or the CLI's transactions-file engine", () => {
    const offenders = sourceFiles(join(root, "src"))
      .filter((file) => !relative(root, file).startsWith(join("src", "cli")))
      .filter((file) =>
        specifiers(file).some((s) => s.startsWith("@duckdb/") || s.includes("transactionsFile")),
      );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
