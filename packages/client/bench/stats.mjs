/**
 * Runs each variant in interleaved rounds (so machine noise hits all alike). Returns, per variant, the median
 * µs per call, and `vs(name, base)`: the median over rounds of that round's ratio of the two — each round's
 * variants ran back to back, so a ratio within a round is steadier than a ratio of medians on a busy machine.
 */
export async function compare(variants, { rounds, iterations, warmup }) {
  for (const fn of Object.values(variants)) for (let i = 0; i < warmup; i++) await fn();
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const entries = Object.entries(variants);
  for (let r = 0; r < rounds; r++) {
    // a fresh order each round, so no variant always runs right after another's garbage
    entries.sort(() => Math.random() - 0.5);
    for (const [name, fn] of entries) {
      const t0 = performance.now();
      for (let i = 0; i < iterations; i++) await fn();
      samples[name].push(((performance.now() - t0) / iterations) * 1000);
    }
  }
  const us = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const vs = (name, base) => `${median(samples[name].map((x, r) => x / samples[base][r])).toFixed(3)}×`;
  return { us, vs };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
