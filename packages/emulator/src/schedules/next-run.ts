// When a policy's schedule next fires: pure, on UTC. The spec and the reference give no time zone (the docs say
// both UTC and "the machine's local time"); an emulator that runs on one clock for every instance reads every
// `TimeOfDay` as UTC. Each backup set is searched day by day from the time asked about, never minute by minute,
// so a schedule that fires daily costs a day or two of looking, and one that never fires (the 31st in February
// only) stops at SEARCH_DAYS with "no next run" instead of looping.
import type { PolicySettings } from "@backup-api/types";
import { addInterval, fixedLengthMs, ScheduleError, type Interval } from "./interval.js";

export type Scheduling = PolicySettings["scheduling"];
export type BackupSet = Scheduling["backupSets"][number];
type BackupSetTime = NonNullable<BackupSet["time"]>;
type TimeOfDay = NonNullable<BackupSetTime["timeFrom"]>;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How far ahead a schedule is searched: four years and a day holds every calendar pattern, 29 February too. */
export const SEARCH_DAYS = 4 * 366 + 1;

type Day = Scheduling["weeklyBackupDay"];

/** The spec's Day values in `Date.getUTCDay()` order (typed: a misspelt day does not compile). */
export const WEEKDAYS: readonly Day[] = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

export interface NextRun {
  atMs: number;
  /** The index in `backupSets` of the set that fires (the earliest; the first of equals). */
  backupSetIndex: number;
}

function wholeNumber(value: string | undefined, field: string, min: number, max: number): number {
  const number = Number(value ?? "0");
  if (!Number.isInteger(number) || number < min || number > max)
    throw new ScheduleError(`${field} must be ${min} to ${max}, got ${JSON.stringify(value)}`);
  return number;
}

function offsetOf(time: TimeOfDay, field: string): number {
  return (
    wholeNumber(time.hour, `${field}.hour`, 0, 23) * HOUR_MS +
    wholeNumber(time.minute, `${field}.minute`, 0, 59) * MINUTE_MS
  );
}

/** One backup set by the clock, read once: the times of day it fires at and a test for the days it fires on. */
interface DailyPlan {
  offsets: number[];
  firesOn(dayMs: number): boolean;
}

/**
 * The times of day: every `repeatAt`, and with `repeatEvery` every step from `timeFrom` (default 00:00) to
 * `timeTo` (default 23:59). An HOURLY set with neither fires every hour; any other, at 00:00.
 */
function offsetsOf(time: BackupSetTime, field: string): number[] {
  const offsets = new Set<number>();
  (time.repeatAt ?? []).forEach((at, index) => offsets.add(offsetOf(at, `${field}.repeatAt[${index}]`)));
  if (time.repeatEvery || (time.type === "HOURLY" && offsets.size === 0)) {
    const step = time.repeatEvery ? fixedLengthMs(time.repeatEvery, `${field}.repeatEvery`) : HOUR_MS;
    if (step === undefined)
      throw new ScheduleError(`${field}.repeatEvery cannot be in MONTHS: it repeats within a day`);
    const from = time.timeFrom ? offsetOf(time.timeFrom, `${field}.timeFrom`) : 0;
    const to = time.timeTo ? offsetOf(time.timeTo, `${field}.timeTo`) : DAY_MS - MINUTE_MS;
    if (to < from) throw new ScheduleError(`${field}.timeTo is before ${field}.timeFrom`);
    for (let offset = from; offset <= to; offset += step) offsets.add(offset);
  }
  if (offsets.size === 0) offsets.add(0);
  return [...offsets].sort((a, b) => a - b);
}

function planOf(time: BackupSetTime, scheduling: Scheduling, field: string): DailyPlan {
  const months = new Set((time.months ?? []).map((month) => wholeNumber(month, `${field}.months[]`, 1, 12)));
  const weekdays = new Set<Day>(time.weekdays ?? []);
  if (time.type === "WEEKLY" && weekdays.size === 0) weekdays.add(scheduling.weeklyBackupDay);
  const monthdays = new Set((time.monthdays ?? []).map((day) => wholeNumber(day, `${field}.monthdays[]`, 1, 31)));
  if (!["HOURLY", "DAILY", "WEEKLY", "MONTHLY"].includes(time.type))
    throw new ScheduleError(`${field}.type must be HOURLY, DAILY, WEEKLY or MONTHLY, got ${JSON.stringify(time.type)}`);
  const offsets = offsetsOf(time, field);
  return {
    offsets,
    firesOn(dayMs) {
      const date = new Date(dayMs);
      if (months.size > 0 && !months.has(date.getUTCMonth() + 1)) return false;
      if (time.type === "MONTHLY") {
        const day = date.getUTCDate();
        const isLastDay = new Date(dayMs + DAY_MS).getUTCDate() === 1;
        return monthdays.has(day) || (time.includeLastDayOfMonth === true && isLastDay);
      }
      // HOURLY and DAILY run every day unless weekdays narrow them; WEEKLY on its weekdays.
      return weekdays.size === 0 || weekdays.has(WEEKDAYS[date.getUTCDay()]!);
    },
  };
}

function nextByClock(plan: DailyPlan, afterMs: number): number | undefined {
  const firstDay = Math.floor(afterMs / DAY_MS) * DAY_MS;
  for (let day = 0; day <= SEARCH_DAYS; day++) {
    const dayMs = firstDay + day * DAY_MS;
    if (!plan.firesOn(dayMs)) continue;
    for (const offset of plan.offsets) if (dayMs + offset > afterMs) return dayMs + offset;
  }
  return undefined;
}

/** `delay` after the last run, or as many delays as it takes to pass `afterMs` (runs skipped meanwhile). */
function nextByDelay(delay: Interval, lastRunMs: number, afterMs: number, field: string): number {
  const fixed = fixedLengthMs(delay, field);
  if (fixed !== undefined) return lastRunMs + fixed * Math.max(1, Math.floor((afterMs - lastRunMs) / fixed) + 1);
  let times = Math.max(1, Math.floor((afterMs - lastRunMs) / (31 * DAY_MS)));
  while (addInterval(lastRunMs, delay, times, field) <= afterMs) times++;
  return addInterval(lastRunMs, delay, times, field);
}

/**
 * The first time strictly after `afterMs` that one of the schedule's backup sets fires. `lastRunMs` is when the
 * policy last ran on the instance (a `sinceLastExecTime` set counts its delay from it). `undefined` when no set
 * fires within SEARCH_DAYS. Throws a ScheduleError naming the field for a schedule that cannot be followed
 * (an hour of 24, `timeTo` before `timeFrom`, a `repeatEvery` in months).
 */
export function nextRunAfter(scheduling: Scheduling, lastRunMs: number, afterMs: number): NextRun | undefined {
  let best: NextRun | undefined;
  (scheduling.backupSets ?? []).forEach((set, index) => {
    const field = `scheduling.backupSets[${index}]`;
    let atMs: number | undefined;
    if (set.sinceLastExecTime) {
      atMs = nextByDelay(set.sinceLastExecTime.delay, lastRunMs, afterMs, `${field}.sinceLastExecTime.delay`);
    } else if (set.time) {
      atMs = nextByClock(planOf(set.time, scheduling, `${field}.time`), afterMs);
    } else {
      throw new ScheduleError(`${field} needs time or sinceLastExecTime`);
    }
    if (atMs !== undefined && (!best || atMs < best.atMs)) best = { atMs, backupSetIndex: index };
  });
  return best;
}
