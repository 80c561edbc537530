// After `tsc -p tsconfig.cli.json`: copy the files the compiled CLI reads besides its modules (the order-lines
// aggregation SQL) from src/ into lib/, so lib/ stands on its own.
"use strict";
const { copyFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
for (const file of ["cli/transactionsFile/aggregate.sql"]) {
  const target = path.join(root, "lib", file);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(root, "src", file), target);
}
