// The spec's Interval (`count` units of `type`) as a step on the emulator's UTC clock. SECONDS to WEEKS are
// fixed lengths; MONTHS are calendar months (the same day and time of day, clamped to the month's last day),
// because "keep a month" on the 31st of March means the end of February, not 30 days.
import type { PolicySettings } from "@backup-api/types";

export type Interval = PolicySettings["reattempts"]["interval"];

const UNIT_MS: Record<string, number> = {
  SECONDS: 1_000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
  WEEKS: 604_800_000,
};

/** A schedule or rule the emulator cannot follow: it names the field and why. */
export class ScheduleError extends Error {}

function countOf(interval: Interval, field: string): number {
  const count = Number(interval.count);
  if (!Number.isSafeInteger(count) || count <= 0)
    throw new ScheduleError(
      `${field}.count must be a whole number greater than 0, got ${JSON.stringify(interval.count)}`,
    );
  return count;
}

/** The interval's length in milliseconds when it has a fixed one (not MONTHS). */
export function fixedLengthMs(interval: Interval, field: string): number | undefined {
  const unit = UNIT_MS[interval.type];
  if (interval.type === "MONTHS") return undefined;
  if (unit === undefined)
    throw new ScheduleError(`${field}.type ${JSON.stringify(interval.type)} is not a unit of time`);
  return unit * countOf(interval, field);
}

/** `timeMs` moved by `times` intervals (negative: back). */
export function addInterval(timeMs: number, interval: Interval, times: number, field: string): number {
  const fixed = fixedLengthMs(interval, field);
  if (fixed !== undefined) return timeMs + fixed * times;
  const months = countOf(interval, field) * times;
  const date = new Date(timeMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(date.getUTCDate(), lastDay),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}
