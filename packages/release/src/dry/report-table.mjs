// @ts-check
// The dry run's summary as a Markdown table (pastes into a PR or release note as is).

/** @param {number} bytes */
export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
