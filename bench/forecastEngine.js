// The forecast engine on 10 000 customers × 36 months (seasonal, trending, noisy and intermittent histories):
// forecastSeries for each, best of 3, one thread. Target: under 5 s. Needs the compiled engine:
// `npm run build:cli && node bench/forecastEngine.js` (KAW_LIB=dir points at another build). Not a test.
"use strict";
const path = require("node:path");

const lib = process.env.KAW_LIB ?? path.join(__dirname, "..", "lib");
const { forecastSeries } = require(path.join(lib, "domain/forecast/forecastSeries"));

function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function histories(customers, monthCount) {
  const next = random(11);
  return Array.from({ length: customers }, (_, c) => {
    const level = 1000 + next() * 50000;
    const slope = (next() - 0.3) * 0.02 * level;
    const amplitude = next() * 0.4 * level;
    return Array.from({ length: monthCount }, (_, t) => {
      if (c % 10 === 9 && next() < 0.5) return 0;
      const seasonal = amplitude * Math.sin(((t + c) / 12) * 2 * Math.PI);
      return Math.max(
        0,
        Math.round((level + slope * t + seasonal + (next() - 0.5) * 0.2 * level) * 100) / 100,
      );
    });
  });
}

const customers = 10000;
const data = histories(customers, 36);
const times = [];
let total = 0;
for (let run = 0; run < 3; run += 1) {
  const started = process.hrtime.bigint();
  total = 0;
  for (const history of data) total += forecastSeries(history).total.value;
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const best = Math.min(...times);
console.log(
  `${customers} customers × 36 months: best ${best.toFixed(0)} ms of 3 (${(best / customers).toFixed(3)} ms each)`,
);
if (!Number.isFinite(total)) throw new Error("non-finite total");
