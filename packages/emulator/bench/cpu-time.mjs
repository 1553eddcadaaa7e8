// CPU time per call, next to the wall-clock figures of stats.mjs's compare(): on a machine that other work
// shares (2 cores, builds running), wall time also counts the time this process sat descheduled, CPU time does
// not. process.cpuUsage() is process-wide, so it includes what a call costs on other threads too (GC helpers,
// the libuv pool that runs Web Crypto's HMAC).
import { median, spread } from "./medians.mjs";

export async function compareCpuTime(variants, { rounds, iterations }) {
  const entries = Object.entries(variants);
  const samples = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    // A fresh order each round, as compare() does, so that no variant always follows another's garbage.
    entries.sort(() => Math.random() - 0.5);
    for (const [name, work] of entries) {
      const before = process.cpuUsage();
      for (let iteration = 0; iteration < iterations; iteration++) await work();
      const used = process.cpuUsage(before);
      samples[name].push((used.user + used.system) / iterations);
    }
  }
  const us = Object.fromEntries(entries.map(([name]) => [name, median(samples[name])]));
  const vs = (name, base) =>
    `${(us[name] / us[base]).toFixed(3)}× ${spread(samples[name].map((value, round) => value / samples[base][round]))}`;
  return { us, vs };
}
