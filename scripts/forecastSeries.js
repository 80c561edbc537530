// The generated monthly series of the forecast fixtures (scripts/forecast-fixtures.js): seasonal, trending, noisy,
// flat, intermittent, declining, stepped and spiky histories of 24–60 months, plus short ones (6–23 months) for
// Holt's method. Seeded, so every run makes the same numbers; values are whole cents.
"use strict";

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function uniform(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next) {
  return () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

const cents = (v) => Math.round(v * 100) / 100;
const season = (i, phase) => Math.sin(((i + phase) / 12) * 2 * Math.PI);

/** One month's value by kind; `r` draws a uniform, `z` a standard normal, `p` holds the per-series constants. */
const kinds = {
  seasonal: (i, p, z) => p.level + p.amp * season(i, p.phase) + p.noise * z(),
  seasonalTrend: (i, p, z) => p.level + p.slope * i + p.amp * season(i, p.phase) + p.noise * z(),
  trending: (i, p, z) => p.level + p.slope * i + p.noise * z(),
  noisy: (i, p, z) => Math.max(0, p.level + 3 * p.noise * z()),
  flat: (i, p, z) => p.level + (p.index % 2 === 0 ? 0 : 0.01 * p.level * z()),
  intermittent: (i, p, z, r) => (r() < 0.55 ? 0 : p.level * (0.5 + r())),
  declining: (i, p, z) =>
    Math.max(0, p.level - 0.6 * p.slope * i + p.amp * season(i, p.phase) + p.noise * z()),
  stepped: (i, p, z, r, n) => p.level * (i < n / 2 ? 1 : 1.6) + p.amp * season(i, p.phase) + p.noise * z(),
  spiky: (i, p, z, r) =>
    p.level + p.amp * season(i, p.phase) + (r() < 0.08 ? 4 * p.level : 0) + p.noise * z(),
};

const longLengths = [24, 30, 36, 48, 60];
const shortLengths = [6, 9, 12, 15, 18, 23];

function series(kind, index, length, seed) {
  const r = uniform(seed);
  const z = normal(r);
  const p = {
    index,
    level: cents(1000 + r() * 49000),
    phase: Math.floor(r() * 12),
    slope: 0,
    amp: 0,
    noise: 0,
  };
  p.slope = p.level * (0.005 + r() * 0.02);
  p.amp = p.level * (0.1 + r() * 0.4);
  p.noise = p.level * (0.02 + r() * 0.1);
  return Array.from({ length }, (_, i) => cents(kinds[kind](i, p, z, r, length)));
}

/** 45 cases with season 12 (five of each kind) and 6 short ones with season 0 (Holt). */
function generatedSeries() {
  const list = [];
  let seed = 20240601;
  for (const kind of Object.keys(kinds)) {
    for (let index = 0; index < 5; index += 1) {
      const length = longLengths[(index + kind.length) % longLengths.length];
      seed += 1;
      list.push({
        name: `${kind}-${index + 1}`,
        kind,
        history: series(kind, index, length, seed),
        season: 12,
      });
    }
  }
  shortLengths.forEach((length, index) => {
    const kind = index % 2 === 0 ? "trending" : "seasonalTrend";
    seed += 1;
    list.push({
      name: `short-${length}`,
      kind: `holt-${kind}`,
      history: series(kind, index, length, seed),
      season: 0,
    });
  });
  return list;
}

module.exports = { generatedSeries, uniform };
