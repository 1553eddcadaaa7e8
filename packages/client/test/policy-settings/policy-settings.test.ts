// policySettings(): whole PolicySettings from a few choices, valid against the spec's schema, starting from the
// Terraform provider's defaults (the spec's own examples of them), with every field reachable by an override and
// a wrong choice refused, naming it.
import { createValidator, loadBundle } from "@backup-api/spec-walker/node";
import { describe, expect, it } from "vitest";
import { BackupUsageError, type PolicyChoices, policySettings } from "../../src/index.js";

const spec = loadBundle();
const validator = createValidator(spec);
/** The spec's schema of PolicySettings: [] when the settings fit it. */
const problems = (settings: unknown) => validator.errorsAt("/components/schemas/PolicySettings", settings);
/** The settings of one of the spec's named examples of a createPolicy request. */
const exampleSettings = (name: string) => spec.components.examples[name].value.settings;

const choices: Record<string, PolicyChoices> = {
  "daily at 02:00, the last 7 kept": { schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } },
  "weekly on two days at two times, kept by count and by age": {
    scheme: "ALWAYS_FULL",
    schedule: { weekly: { on: ["MONDAY", "THURSDAY"], at: ["03:30", "15:00"] } },
    retention: { keepLast: 5, keepFor: { weeks: 8 } },
  },
  "monthly on two days and the last one, in two months, everything kept": {
    scheme: "WEEKLY_INCREMENTAL",
    schedule: { monthly: { on: [1, 15], at: "01:00", lastDayOfMonth: true, months: [1, 7] } },
    retention: { keepAll: true },
  },
  "the last day of each month only": {
    schedule: { monthly: { on: [], at: "23:59", lastDayOfMonth: true } },
    retention: { keepFor: { months: 12 } },
  },
  "every 4 hours by the clock, 08:00 to 20:00": {
    schedule: { hourly: { every: 4, from: "08:00", to: "20:00" } },
    retention: { keepLast: 24 },
  },
  "every 12 hours after the last run, a weekly full backup on Sundays": {
    scheme: "WEEKLY_FULL_DAILY_INCREMENTAL",
    weeklyBackupDay: "SUNDAY",
    schedule: { every: { hours: 12 } },
    retention: { keepFor: { days: 30 } },
  },
  "a custom scheme: a full backup on Sundays, incremental ones daily": {
    scheme: "CUSTOM",
    schedule: [
      { weekly: { on: "SUNDAY", at: "01:00" }, backupType: "TYPE_FULL" },
      { daily: { at: "02:00" }, backupType: "TYPE_INCREMENTAL" },
    ],
    retention: { keepLast: 14 },
  },
};

describe("policySettings", () => {
  it.each(Object.entries(choices))("builds settings that fit the spec's PolicySettings: %s", (_name, chosen) => {
    expect(problems(policySettings(chosen))).toEqual([]);
  });

  it("the check is real: settings missing a required field, with an age of 0 days or an unspecified enum do not fit", () => {
    const { retention: _dropped, ...withoutRetention } = policySettings(choices["daily at 02:00, the last 7 kept"]!);
    expect(problems(withoutRetention)).not.toEqual([]);
    const zero = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepFor: { days: 1 } } });
    zero.retention.rules = [{ maxAge: { type: "DAYS", count: "0" } }];
    expect(problems(zero)).not.toEqual([]);
    expect(
      problems(
        policySettings(
          { schedule: { every: { hours: 1 } }, retention: { keepLast: 1 } },
          { cbt: "CHANGED_BLOCK_TRACKING_UNSPECIFIED" },
        ),
      ),
    ).not.toEqual([]);
  });

  it("starts from the Terraform provider's defaults: daily at 02:00 keeping 7 is the spec's `daily` example", () => {
    expect(policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } })).toEqual(
      exampleSettings("CreatePolicyRequestDaily"),
    );
  });

  it("reaches every field through overrides: the spec's `every12Hours` example, built from choices and overrides", () => {
    const built = policySettings(
      {
        scheme: "WEEKLY_FULL_DAILY_INCREMENTAL",
        weeklyBackupDay: "SUNDAY",
        schedule: { every: { hours: 12 } },
        retention: { keepFor: { days: 30 } },
      },
      {
        scheduling: { taskFailure: { enabled: true, interval: { type: "MINUTES", count: "10" }, maxAttempts: "3" } },
        fileFilters: { exclusionMasks: ["*.tmp", "/var/cache/*"] },
        prePostCommands: [
          {
            cmd: "/usr/bin/systemctl",
            args: "stop app",
            enabled: true,
            stopOnError: true,
            type: "PRE_DATA_COMMAND",
            wait: true,
            workdir: "/",
          },
          {
            cmd: "/usr/bin/systemctl",
            args: "start app",
            enabled: true,
            type: "POST_DATA_COMMAND",
            wait: true,
            workdir: "/",
          },
        ],
      },
    );
    expect(built).toEqual(exampleSettings("CreatePolicyRequestEvery12Hours"));
  });

  it("merges overrides at any depth, keeping the fields beside them; a list given replaces the list", () => {
    const built = policySettings(
      { schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } },
      {
        compression: "HIGH",
        reattempts: { maxAttempts: "10" },
        scheduling: { randMaxDelay: { count: "5" }, enabled: false },
        retention: { rules: [{ maxCount: "3", backupSet: ["DAILY"] }] },
        vss: undefined,
      },
    );
    expect(built.compression).toBe("HIGH");
    expect(built.reattempts).toEqual({ enabled: true, interval: { type: "MINUTES", count: "5" }, maxAttempts: "10" });
    expect(built.scheduling).toMatchObject({ enabled: false, randMaxDelay: { type: "MINUTES", count: "5" } });
    expect(built.scheduling.backupSets).toHaveLength(1);
    expect(built.retention).toEqual({ rules: [{ maxCount: "3", backupSet: ["DAILY"] }], beforeBackup: false });
    expect(built.vss).toEqual({ enabled: true, provider: "NATIVE" });
    expect(problems(built)).toEqual([]);
  });

  it("gives a fresh object each time: changing one leaves the next alone", () => {
    const first = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
    first.reattempts.interval.count = "99";
    first.scheduling.randMaxDelay.count = "99";
    const second = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
    expect(second.reattempts.interval.count).toBe("5");
    expect(second.scheduling.randMaxDelay.count).toBe("30");
  });

  it("writes times, days, months and spans as the API does", () => {
    const weekly = policySettings({
      schedule: { weekly: { on: "FRIDAY", at: ["7:05", "23:59"] } },
      retention: { keepFor: { months: 3 } },
    });
    expect(weekly.scheduling.backupSets).toEqual([
      {
        time: {
          type: "WEEKLY",
          weekdays: ["FRIDAY"],
          repeatAt: [
            { hour: "7", minute: "5" },
            { hour: "23", minute: "59" },
          ],
          runLater: false,
        },
        type: "TYPE_AUTO",
      },
    ]);
    expect(weekly.retention.rules).toEqual([{ maxAge: { type: "MONTHS", count: "3" } }]);
    // a delay after the last run goes in seconds, as the Terraform provider sends it
    const every = policySettings({ schedule: { every: { days: 2 } }, retention: { keepLast: 2 } });
    expect(every.scheduling.backupSets).toEqual([
      { sinceLastExecTime: { delay: { type: "SECONDS", count: "172800" } }, type: "TYPE_AUTO" },
    ]);
    const monthly = policySettings({
      schedule: { monthly: { on: [31], at: "00:00", months: [12] } },
      retention: { keepAll: true },
    });
    expect(monthly.scheduling.backupSets[0]!.time).toEqual({
      type: "MONTHLY",
      monthdays: ["31"],
      months: ["12"],
      repeatAt: [{ hour: "0", minute: "0" }],
      runLater: false,
    });
    expect(monthly.retention.rules).toEqual([]);
  });

  const refused: [string, unknown, string][] = [
    [
      "keep last 0",
      { schedule: { daily: { at: "02:00" } }, retention: { keepLast: 0 } },
      "retention.keepLast must be a whole number greater than 0, got the number 0",
    ],
    [
      "keep last 2.5",
      { schedule: { daily: { at: "02:00" } }, retention: { keepLast: 2.5 } },
      "retention.keepLast must be a whole number greater than 0, got the number 2.5",
    ],
    [
      "keep for 0 days",
      { schedule: { daily: { at: "02:00" } }, retention: { keepFor: { days: 0 } } },
      "retention.keepFor.days must be a whole number greater than 0, got the number 0",
    ],
    [
      "keep for a span in two units",
      { schedule: { daily: { at: "02:00" } }, retention: { keepFor: { days: 1, hours: 2 } } },
      "retention.keepFor must be a time span in one unit (seconds, minutes, hours, days, weeks, months), such as { days: 30 }, got an object",
    ],
    [
      "no retention rule",
      { schedule: { daily: { at: "02:00" } }, retention: {} },
      "retention needs keepLast, keepFor or keepAll",
    ],
    [
      "keepAll beside a rule",
      { schedule: { daily: { at: "02:00" } }, retention: { keepAll: true, keepLast: 3 } },
      "retention.keepAll keeps every backup: give it alone",
    ],
    [
      "a time of 25:00",
      { schedule: { daily: { at: "25:00" } }, retention: { keepLast: 7 } },
      'schedule.daily.at[0] must be a time of day "HH:MM" (00:00 to 23:59), got the string "25:00"',
    ],
    [
      "no time",
      { schedule: { daily: { at: [] } }, retention: { keepLast: 7 } },
      "schedule.daily.at needs at least one time",
    ],
    [
      "two schedule kinds in one",
      { schedule: { daily: { at: "02:00" }, every: { hours: 1 } }, retention: { keepLast: 7 } },
      "schedule needs exactly one of daily, weekly, monthly, hourly, every; got daily and every",
    ],
    ["no schedule", { schedule: [], retention: { keepLast: 7 } }, "schedule needs at least one schedule"],
    [
      "a day of the week twice",
      { schedule: { weekly: { on: ["MONDAY", "MONDAY"], at: "01:00" } }, retention: { keepLast: 7 } },
      'schedule.weekly.on lists the string "MONDAY" twice',
    ],
    [
      "an unknown day",
      { schedule: { weekly: { on: ["MONDAY", "FUNDAY"], at: "01:00" } }, retention: { keepLast: 7 } },
      'schedule.weekly.on[1] must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY, got the string "FUNDAY"',
    ],
    [
      "day 32 of the month",
      { schedule: { monthly: { on: [32], at: "01:00" } }, retention: { keepLast: 7 } },
      "schedule.monthly.on[0] must be a whole number from 1 to 31, got the number 32",
    ],
    [
      "month 13",
      { schedule: { monthly: { on: [1], at: "01:00", months: [13] } }, retention: { keepLast: 7 } },
      "schedule.monthly.months[0] must be a whole number from 1 to 12, got the number 13",
    ],
    [
      "every 0 hours",
      { schedule: { hourly: { every: 0, from: "00:00", to: "23:59" } }, retention: { keepLast: 7 } },
      "schedule.hourly.every must be a whole number greater than 0, got the number 0",
    ],
    [
      "an unknown scheme",
      { scheme: "SCHEME_UNSPECIFIED", schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } },
      'scheme must be one of SIMPLE, ALWAYS_FULL, ALWAYS_INCREMENTAL, WEEKLY_INCREMENTAL, WEEKLY_FULL_DAILY_INCREMENTAL, CUSTOM, CDP, got the string "SCHEME_UNSPECIFIED"',
    ],
    [
      "a custom scheme without backup types",
      { scheme: "CUSTOM", schedule: [{ daily: { at: "02:00" } }], retention: { keepLast: 7 } },
      "schedule[0].backupType: the CUSTOM scheme needs TYPE_FULL, TYPE_INCREMENTAL or TYPE_DIFFERENTIAL",
    ],
    [
      "a span past 2^53 seconds (its int64 would be written 1e+…)",
      { schedule: { every: { months: 1e10 } }, retention: { keepLast: 7 } },
      "schedule.every.months must be a whole number from 1 to 3474999712, got the number 10000000000",
    ],
    ["no choices", undefined, "expected the choices { scheme, schedule, retention }"],
  ];

  it.each(refused)("refuses %s with a BackupUsageError naming it", (_name, chosen, message) => {
    const build = () => policySettings(chosen as PolicyChoices);
    expect(build).toThrow(BackupUsageError);
    expect(build).toThrow(new BackupUsageError(`policySettings: ${message}`));
  });
});
