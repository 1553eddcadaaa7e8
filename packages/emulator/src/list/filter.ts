// `filter` of `list`: comparisons of `created_at` joined by AND, as the service supports, read into one time
// range so that the listing can be cut by binary search.
import { invalidArgument } from "../http/api-error.js";

export interface TimeRange {
  /** Lowest createdAt in ms allowed, and whether it is allowed itself. */
  from: { ms: number; inclusive: boolean } | undefined;
  to: { ms: number; inclusive: boolean } | undefined;
}

const SUPPORTED =
  'only comparisons of created_at (<, <=, >, >=, =) with an RFC 3339 time in quotes, joined by AND, are supported, for example created_at > "2026-01-01T00:00:00Z" AND created_at < "2026-02-01T00:00:00Z"';
const COMPARISON = /^\s*created_at\s*(<=|>=|<|>|=)\s*(?:"([^"]*)"|'([^']*)')\s*$/;

function reject(filter: string, what: string): never {
  throw invalidArgument([{ field: "filter", description: `${what}; ${SUPPORTED}` }], "Invalid filter");
}

export function parseFilter(filter: string | undefined): TimeRange {
  const range: TimeRange = { from: undefined, to: undefined };
  if (filter === undefined || filter.trim() === "") return range;
  for (const comparison of filter.split(/\s+AND\s+/)) {
    const parsed = COMPARISON.exec(comparison);
    if (!parsed) reject(filter, `cannot read ${JSON.stringify(comparison.trim())}`);
    const operator = parsed[1]!;
    const timeText = parsed[2] ?? parsed[3]!;
    const ms = Date.parse(timeText);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/.test(timeText) || Number.isNaN(ms)) {
      reject(filter, `${JSON.stringify(timeText)} is not an RFC 3339 time`);
    }
    if (operator === ">" || operator === ">=" || operator === "=") {
      const inclusive = operator !== ">";
      if (!range.from || ms > range.from.ms || (ms === range.from.ms && !inclusive)) range.from = { ms, inclusive };
    }
    if (operator === "<" || operator === "<=" || operator === "=") {
      const inclusive = operator !== "<";
      if (!range.to || ms < range.to.ms || (ms === range.to.ms && !inclusive)) range.to = { ms, inclusive };
    }
  }
  return range;
}
