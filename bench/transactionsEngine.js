// The in-sheet transaction engine on a 1 000 000-line grid held in memory: detectTransactions, aggregateLines and
// customerMetrics, best of 5, once with date serials and once with text dates and text amounts. Needs the compiled
// engine: `npm run build:cli && node bench/transactionsEngine.js` (KAW_LIB=dir points at another build), or
// `transactionEngine()` from bench/transactions.js (`node bench/run.js --only transactions`). Not a test.
"use strict";
const path = require("node:path");

const lib = process.env.KAW_LIB ?? path.join(__dirname, "..", "lib");
const { detectTransactions } = require(path.join(lib, "domain/transactions/txColumns"));
const { aggregateLines } = require(path.join(lib, "domain/transactions/aggregate"));
const { customerMetrics } = require(path.join(lib, "domain/transactions/txMetrics"));

function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** 2 000 customers buying from 30 of 500 SKUs each, three years, 2 % returns, 20 % amounts left to quantity × price. */
function grid(lines, textual) {
  const next = random(7);
  const values = [["订单日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"]];
  for (let i = 0; i < lines; i += 1) {
    const customer = Math.floor(next() * 2000);
    const serial = 44197 + Math.floor(next() * 1095);
    const sku = (customer * 7 + Math.floor(next() * 30)) % 500;
    const quantity = (next() < 0.02 ? -1 : 1) * (1 + Math.floor(next() * 50));
    const price = Math.round(next() * 10000) / 100;
    const amount = next() < 0.8 ? Math.round(Math.abs(quantity) * price * 100) / 100 : null;
    const date = textual ? `${2021 + (serial % 3)}-${1 + (serial % 12)}-${1 + (serial % 28)}` : serial;
    const written = textual && amount !== null ? `¥${amount.toLocaleString("en-US")}` : amount;
    values.push([date, `客户${customer}有限公司`, `SKU-${sku}`, `产品${sku}`, quantity, price, written]);
  }
  return { sheet: "订单明细", top: 0, left: 0, values };
}

/**
 * Best of `runs` passes of detectTransactions + aggregateLines + customerMetrics over `lines` in-memory lines, in ms,
 * with date serials and with text dates and ¥ amounts, and the least CPU time (user + system, every thread of the
 * process: GC helpers included) of a pass. Each pass is checked to read every line.
 */
function transactionEngine(lines = 1000000, runs = 5) {
  const result = {};
  for (const textual of [false, true]) {
    let sheet = grid(lines, textual);
    const times = [];
    const cpus = [];
    for (let run = 0; run < runs; run += 1) {
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      const found = detectTransactions(sheet);
      if (!found.ok) throw new Error("no header row");
      const { aggregate } = aggregateLines(sheet, found.layout);
      customerMetrics(aggregate);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1e3);
      if (aggregate.rowsRead !== lines) throw new Error(`read ${aggregate.rowsRead} lines`);
    }
    sheet = null;
    result[textual ? "textual" : "serials"] = Math.min(...times);
    result[textual ? "textualCpu" : "serialsCpu"] = Math.min(...cpus);
  }
  return { lines, ...result };
}

module.exports = { transactionEngine };

if (require.main === module) {
  const { lines, serials, textual } = transactionEngine();
  console.log(`${lines} order lines, date serials, number amounts: best ${serials.toFixed(0)} ms of 5`);
  console.log(`${lines} order lines, text dates and ¥ amounts: best ${textual.toFixed(0)} ms of 5`);
}
