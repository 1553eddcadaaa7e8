// The schedule calculator alone: each kind of backup set, month ends and leap days, and schedules it cannot
// follow or that never fire.
import { describe, expect, it } from "vitest";
import { ScheduleError } from "../../src/schedules/interval.js";
import { nextRunAfter, SEARCH_DAYS, type BackupSet, type Scheduling } from "../../src/schedules/next-run.js";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function scheduling(...backupSets: BackupSet[]): Scheduling {
  return {
    backupSets,
    enabled: true,
    randMaxDelay: { type: "MINUTES", count: "30" },
    scheme: "ALWAYS_INCREMENTAL",
    weeklyBackupDay: "MONDAY",
  };
}

/** The runs after `from`, up to `count` of them, each the next after the one before. */
function runs(schedule: Scheduling, from: string, count: number): Array<string | undefined> {
  const times: Array<string | undefined> = [];
  let after = at(from);
  for (let index = 0; index < count; index++) {
    const next = nextRunAfter(schedule, after, after);
    times.push(iso(next?.atMs));
    if (!next) break;
    after = next.atMs;
  }
  return times;
}

const time = (value: NonNullable<BackupSet["time"]>): BackupSet => ({ time: value, type: "TYPE_AUTO" });
const clock = (hour: number, minute = 0) => ({ hour: String(hour), minute: String(minute) });

describe("nextRunAfter", () => {
  it("DAILY: every repeatAt time of each day, strictly after the time asked about, in UTC", () => {
    const daily = scheduling(time({ type: "DAILY", repeatAt: [clock(18, 30), clock(6)] }));
    expect(runs(daily, "2026-11-01T06:00:00Z", 4)).toEqual([
      "2026-11-01T18:30:00.000Z",
      "2026-11-02T06:00:00.000Z",
      "2026-11-02T18:30:00.000Z",
      "2026-11-03T06:00:00.000Z",
    ]);
  });

  it("DAILY narrowed by weekdays; WEEKLY on its weekdays, or on weeklyBackupDay when it names none", () => {
    // 2026-11-06 is a Friday.
    const weekdaysOnly = scheduling(time({ type: "DAILY", weekdays: ["MONDAY", "FRIDAY"], repeatAt: [clock(1)] }));
    expect(runs(weekdaysOnly, "2026-11-06T00:00:00Z", 3)).toEqual([
      "2026-11-06T01:00:00.000Z",
      "2026-11-09T01:00:00.000Z",
      "2026-11-13T01:00:00.000Z",
    ]);
    const weekly = scheduling(time({ type: "WEEKLY", weekdays: ["WEDNESDAY", "SUNDAY"], repeatAt: [clock(2)] }));
    expect(runs(weekly, "2026-11-01T02:00:00Z", 3)).toEqual([
      "2026-11-04T02:00:00.000Z",
      "2026-11-08T02:00:00.000Z",
      "2026-11-11T02:00:00.000Z",
    ]);
    const onWeeklyBackupDay = scheduling(time({ type: "WEEKLY", repeatAt: [clock(2)] }));
    expect(runs(onWeeklyBackupDay, "2026-11-01T00:00:00Z", 2)).toEqual([
      "2026-11-02T02:00:00.000Z",
      "2026-11-09T02:00:00.000Z",
    ]);
  });

  it("MONTHLY: its month days, a 31st only in months that have one, and the last day with includeLastDayOfMonth", () => {
    const thirtyFirst = scheduling(time({ type: "MONTHLY", monthdays: ["31"], repeatAt: [clock(0)] }));
    expect(runs(thirtyFirst, "2026-11-01T00:00:00Z", 3)).toEqual([
      "2026-12-31T00:00:00.000Z",
      "2027-01-31T00:00:00.000Z",
      "2027-03-31T00:00:00.000Z",
    ]);
    const lastDay = scheduling(time({ type: "MONTHLY", monthdays: ["15"], includeLastDayOfMonth: true }));
    expect(runs(lastDay, "2027-01-20T00:00:00Z", 4)).toEqual([
      "2027-01-31T00:00:00.000Z",
      "2027-02-15T00:00:00.000Z",
      "2027-02-28T00:00:00.000Z",
      "2027-03-15T00:00:00.000Z",
    ]);
    // 2028 is a leap year: its February ends on the 29th.
    expect(runs(lastDay, "2028-02-16T00:00:00Z", 1)).toEqual(["2028-02-29T00:00:00.000Z"]);
  });

  it("months narrow any set; 29 February is found four years on", () => {
    const leapDay = scheduling(time({ type: "MONTHLY", monthdays: ["29"], months: ["2"], repeatAt: [clock(12)] }));
    expect(runs(leapDay, "2026-11-01T00:00:00Z", 2)).toEqual(["2028-02-29T12:00:00.000Z", "2032-02-29T12:00:00.000Z"]);
    const quarterly = scheduling(time({ type: "DAILY", months: ["1", "4"], repeatAt: [clock(3)] }));
    expect(runs(quarterly, "2027-01-31T03:00:00Z", 2)).toEqual([
      "2027-04-01T03:00:00.000Z",
      "2027-04-02T03:00:00.000Z",
    ]);
  });

  it("HOURLY: repeatEvery within timeFrom–timeTo each day; every hour when it gives neither", () => {
    const window = scheduling(
      time({ type: "HOURLY", repeatEvery: { type: "MINUTES", count: "90" }, timeFrom: clock(8), timeTo: clock(11) }),
    );
    expect(runs(window, "2026-11-01T00:00:00Z", 4)).toEqual([
      "2026-11-01T08:00:00.000Z",
      "2026-11-01T09:30:00.000Z",
      "2026-11-01T11:00:00.000Z",
      "2026-11-02T08:00:00.000Z",
    ]);
    const hourly = scheduling(time({ type: "HOURLY" }));
    expect(runs(hourly, "2026-11-01T23:10:00Z", 2)).toEqual(["2026-11-02T00:00:00.000Z", "2026-11-02T01:00:00.000Z"]);
  });

  it("sinceLastExecTime: the delay after the last run; calendar months for MONTHS; skipped delays are not made up", () => {
    const everySixHours = scheduling({
      sinceLastExecTime: { delay: { type: "HOURS", count: "6" } },
      type: "TYPE_AUTO",
    });
    expect(iso(nextRunAfter(everySixHours, at("2026-11-01T01:00:00Z"), at("2026-11-01T01:00:00Z"))?.atMs)).toBe(
      "2026-11-01T07:00:00.000Z",
    );
    expect(iso(nextRunAfter(everySixHours, at("2026-11-01T01:00:00Z"), at("2026-11-02T00:00:00Z"))?.atMs)).toBe(
      "2026-11-02T01:00:00.000Z",
    );
    const monthly = scheduling({ sinceLastExecTime: { delay: { type: "MONTHS", count: "1" } }, type: "TYPE_AUTO" });
    expect(iso(nextRunAfter(monthly, at("2027-01-31T10:00:00Z"), at("2027-01-31T10:00:00Z"))?.atMs)).toBe(
      "2027-02-28T10:00:00.000Z",
    );
  });

  it("the earliest of several backup sets, and which one fires", () => {
    const two = scheduling(
      time({ type: "WEEKLY", weekdays: ["SUNDAY"], repeatAt: [clock(5)] }),
      time({ type: "DAILY", repeatAt: [clock(4)] }),
    );
    expect(nextRunAfter(two, 0, at("2026-11-01T04:00:00Z"))).toEqual({
      atMs: at("2026-11-01T05:00:00Z"),
      backupSetIndex: 0,
    });
    expect(nextRunAfter(two, 0, at("2026-11-01T05:00:00Z"))).toEqual({
      atMs: at("2026-11-02T04:00:00Z"),
      backupSetIndex: 1,
    });
  });

  it("a schedule that never fires has no next run within SEARCH_DAYS, found without looping", () => {
    const never = scheduling(time({ type: "MONTHLY", monthdays: ["31"], months: ["2"], repeatAt: [clock(1)] }));
    expect(nextRunAfter(never, 0, at("2026-11-01T00:00:00Z"))).toBeUndefined();
    expect(SEARCH_DAYS).toBeGreaterThanOrEqual(4 * 365 + 1);
  });

  it("a schedule it cannot follow: a ScheduleError naming the field", () => {
    const bad = (set: BackupSet) => () => nextRunAfter(scheduling(set), 0, 0);
    expect(bad(time({ type: "DAILY", repeatAt: [clock(24)] }))).toThrow(
      new ScheduleError('scheduling.backupSets[0].time.repeatAt[0].hour must be 0 to 23, got "24"'),
    );
    expect(
      bad(time({ type: "HOURLY", repeatEvery: { type: "HOURS", count: "1" }, timeFrom: clock(9), timeTo: clock(8) })),
    ).toThrow(/timeTo is before .*timeFrom/);
    expect(bad(time({ type: "HOURLY", repeatEvery: { type: "MONTHS", count: "1" } }))).toThrow(
      /repeatEvery cannot be in MONTHS/,
    );
    expect(bad(time({ type: "REPEATE_PERIOD_UNSPECIFIED" }))).toThrow(/type must be HOURLY, DAILY, WEEKLY or MONTHLY/);
    expect(bad({ type: "TYPE_AUTO" } as BackupSet)).toThrow(/needs time or sinceLastExecTime/);
  });
});
