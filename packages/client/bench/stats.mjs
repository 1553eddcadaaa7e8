/** Runs each variant in interleaved rounds (so machine noise hits all alike) and keeps the median. */
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
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export const ratio = (x, base) => `${(x / base).toFixed(3)}×`;
