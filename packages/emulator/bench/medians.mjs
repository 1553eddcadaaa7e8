// Medians of paired samples and the ratio of two of them, with the client bench's stats helpers, so that every
// ratio in both benches reads the same way: ratio of medians [25th–75th percentile of the per-round ratios].
import { median, spread } from "../../client/bench/stats.mjs";

export { median, spread };

/** `samples`: name → one figure per round, rounds paired by index. */
export function compareMedians(samples, numerator, denominator) {
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const ratio = medians[numerator] / medians[denominator];
  const perRound = samples[numerator].map((value, round) => value / samples[denominator][round]);
  return { medians, ratio, ratioText: `${ratio.toFixed(2)}× ${spread(perRound)}` };
}
