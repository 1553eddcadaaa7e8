// Printing: one section per measurement, its goal in the title, then aligned rows of label and figures.
export function printSection(title, rows) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, text] of rows) console.log(`  ${label.padEnd(width)}  ${text}`);
}

/** "met" or "MISSED": a report against the goal, never an assertion (timings vary by machine). */
export function verdict(met) {
  return met ? "goal met" : "goal MISSED";
}

export const formatMs = (milliseconds) => `${milliseconds.toFixed(milliseconds < 10 ? 2 : 1)} ms`;
export const formatUs = (microseconds) => `${microseconds.toFixed(microseconds < 10 ? 2 : 1)} µs`;
