/**
 * Runs each variant in interleaved rounds (so machine noise hits all alike). Returns, per variant, the median
 * µs per call, and `vs(name, base)`: the ratio of the two medians, with the spread (25th–75th percentile) of
 * the per-round ratios — on a busy machine that spread is the noise to read the ratio against.
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
  const vs = (name, base) =>
    `${(us[name] / us[base]).toFixed(3)}× ${spread(samples[name].map((x, r) => x / samples[base][r]))}`;
  return { us, vs };
}

/** `[p25–p75]` of some ratios. */
export const spread = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.floor((s.length - 1) * q)].toFixed(2);
  return `[${at(0.25)}–${at(0.75)}]`;
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
