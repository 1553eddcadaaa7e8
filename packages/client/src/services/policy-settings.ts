// policySettings(): a whole, valid PolicySettings from the few choices people make (the backup scheme, when it
// runs, what it keeps), for `policies.create` and `policies.update`, which send every field. It starts from the
// settings the Terraform provider sends by default, and takes a deep override for every other field. A pure
// function, beside the Policy service it serves: an app that never builds settings does not ship it.
import type { components } from "@backup-api/types";
import { usage } from "../internal/checks.js";
import { shown } from "../internal/messages.js";

type Schemas = components["schemas"];

/** The settings a policy is created or updated with, as `policies.create` and `policies.update` send them. */
export type PolicySettingsInput = Schemas["PolicySettings"];

/** A time of day on a 24-hour clock, `"HH:MM"`: `"02:00"`, `"23:30"` (the machine's local time, the docs say). */
export type ClockTime = `${number}:${number}`;

type SpanUnits = { seconds: number; minutes: number; hours: number; days: number; weeks: number; months: number };

/** A length of time in exactly one unit, a whole number greater than 0: `{ hours: 12 }`, `{ days: 30 }`. */
export type TimeSpan = {
  [Unit in keyof SpanUnits]: { [U in Unit]: number } & { [Other in Exclude<keyof SpanUnits, Unit>]?: never };
}[keyof SpanUnits];

/** A day of the week, as the API names it. */
export type Weekday = Exclude<Schemas["Day"], "DAY_UNSPECIFIED">;

/** Which backups are full and which incremental (the API's `Scheduling.scheme`). */
export type BackupScheme = Exclude<Schemas["SchedulingScheme"], "SCHEME_UNSPECIFIED">;

type ScheduleKinds = {
  /** Every day, at these times. */
  daily: { at: ClockTime | readonly ClockTime[] };
  /** On these days of the week, at these times. */
  weekly: { on: Weekday | readonly Weekday[]; at: ClockTime | readonly ClockTime[] };
  /**
   * On these days of the month (1–31), at these times; `lastDayOfMonth: true` adds the last day of each month
   * (then `on` may be empty); `months` (1–12) limits it to those months.
   */
  monthly: {
    on: number | readonly number[];
    at: ClockTime | readonly ClockTime[];
    lastDayOfMonth?: boolean;
    months?: readonly number[];
  };
  /** By the clock: every `every` hours from `from` to `to`, each day. */
  hourly: { every: number; from: ClockTime; to: ClockTime };
  /**
   * Every this long, counted from the end of the previous run (the API's `sinceLastExecTime`, which is what the
   * Terraform provider's `execute_by_interval` sends): `{ every: { hours: 12 } }`.
   */
  every: TimeSpan;
};

/**
 * When backups run: exactly one of `daily`, `weekly`, `monthly`, `hourly` and `every`. `backupType` says which
 * kind of backup the schedule makes; the `CUSTOM` scheme needs it on each schedule, the others decide by
 * themselves (`TYPE_AUTO`, the default).
 */
export type PolicySchedule = {
  [Kind in keyof ScheduleKinds]: { [K in Kind]: ScheduleKinds[K] } & {
    [Other in Exclude<keyof ScheduleKinds, Kind>]?: never;
  };
}[keyof ScheduleKinds] & { backupType?: Exclude<Schemas["BackupSetType"], "TYPE_UNSPECIFIED"> };

/**
 * Which backups are kept: the last `keepLast`, those younger than `keepFor`, both (a backup goes when either
 * rule says so), or `keepAll`.
 */
export type PolicyRetention =
  | { keepLast: number; keepFor?: TimeSpan; keepAll?: never }
  | { keepFor: TimeSpan; keepLast?: number; keepAll?: never }
  | { keepAll: true; keepLast?: never; keepFor?: never };

/** The choices `policySettings` builds settings from. */
export interface PolicyChoices {
  /** Which backups are full and which incremental. Default: `ALWAYS_INCREMENTAL`, as Terraform's. */
  scheme?: BackupScheme;
  /** When backups run: one schedule, or several (each is one of the policy's backup sets). */
  schedule: PolicySchedule | readonly PolicySchedule[];
  /** What is kept. */
  retention: PolicyRetention;
  /** The day of the weekly full backup of `WEEKLY_FULL_DAILY_INCREMENTAL`. Default: `MONDAY`, as Terraform's. */
  weeklyBackupDay?: Weekday;
}

/** Any part of the settings, at any depth; a list given replaces the list, whole. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What `policySettings` takes besides the choices: any field of the settings, at any depth. */
export type PolicySettingsOverrides = DeepPartial<PolicySettingsInput>;

const BUILDER = "policySettings";

const SCHEMES: readonly BackupScheme[] = [
  "SIMPLE",
  "ALWAYS_FULL",
  "ALWAYS_INCREMENTAL",
  "WEEKLY_INCREMENTAL",
  "WEEKLY_FULL_DAILY_INCREMENTAL",
  "CUSTOM",
  "CDP",
];
const WEEKDAYS: readonly Weekday[] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
const BACKUP_TYPES: readonly string[] = ["TYPE_AUTO", "TYPE_FULL", "TYPE_INCREMENTAL", "TYPE_DIFFERENTIAL"];
/** Each unit of a `TimeSpan`: the API's `Interval.type`, and its length in seconds (a month as 30 days, as Terraform reads one). */
const UNITS: Record<keyof SpanUnits, { type: Schemas["IntervalType"]; seconds: number }> = {
  seconds: { type: "SECONDS", seconds: 1 },
  minutes: { type: "MINUTES", seconds: 60 },
  hours: { type: "HOURS", seconds: 3_600 },
  days: { type: "DAYS", seconds: 86_400 },
  weeks: { type: "WEEKS", seconds: 604_800 },
  months: { type: "MONTHS", seconds: 2_592_000 },
};
const SCHEDULE_KINDS = ["daily", "weekly", "monthly", "hourly", "every"] as const;

/**
 * The settings the Terraform provider sends by default (its `resource_yandex_backup_policy.go`), as the spec's
 * `CreatePolicyRequestDaily` example shows them (the provider's schema defaults for `yandex_backup_policy`):
 * compression NORMAL, format AUTO, multi-volume snapshots, silent mode and fast backup
 * on, retries every 5 minutes up to 5 times (backups and VM snapshots alike), splitting at the largest int64 (no
 * split in practice), VSS on with the NATIVE provider, archives named `[Machine Name]-[Plan ID]-[Unique ID]a`
 * (Terraform refuses a name ending in a variable or a digit), no performance window, retention applied after
 * each backup, the schedule on with no limit on parallel backups and a random start delay of up to 30 minutes,
 * the weekly full backup on Mondays, CBT off. A fresh object each time: the caller may change it.
 */
const terraformDefaults = (): PolicySettingsInput => ({
  compression: "NORMAL",
  format: "AUTO",
  multiVolumeSnapshottingEnabled: true,
  reattempts: { enabled: true, interval: { type: "MINUTES", count: "5" }, maxAttempts: "5" },
  silentModeEnabled: true,
  splitting: { size: "9223372036854775807" },
  vmSnapshotReattempts: { enabled: true, interval: { type: "MINUTES", count: "5" }, maxAttempts: "5" },
  vss: { enabled: true, provider: "NATIVE" },
  archive: { name: "[Machine Name]-[Plan ID]-[Unique ID]a" },
  performanceWindow: { enabled: false },
  retention: { rules: [], beforeBackup: false },
  scheduling: {
    backupSets: [],
    enabled: true,
    maxParallelBackups: "0",
    randMaxDelay: { type: "MINUTES", count: "30" },
    scheme: "ALWAYS_INCREMENTAL",
    weeklyBackupDay: "MONDAY",
  },
  cbt: "DO_NOT_USE",
  fastBackupEnabled: true,
});

/**
 * A whole, valid `PolicySettings` from the few choices people make, for `policies.create` and `policies.update`
 * (which replaces the settings whole, so it needs them all too):
 *
 * ```ts
 * policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
 * policySettings(
 *   { scheme: "WEEKLY_FULL_DAILY_INCREMENTAL", weeklyBackupDay: "SUNDAY", schedule: { every: { hours: 12 } }, retention: { keepFor: { days: 30 } } },
 *   { compression: "HIGH", scheduling: { taskFailure: { enabled: true, interval: { type: "MINUTES", count: "10" }, maxAttempts: "3" } } },
 * );
 * ```
 *
 * Every other field starts at what the Terraform provider sends by default (see `terraformDefaults`), and
 * `overrides` sets any field at any depth (a list given replaces the list; the overrides are applied as given,
 * and the server checks them). A wrong choice (keeping the last 0 backups, a time of `"25:00"`, two schedule
 * kinds in one) throws a `BackupUsageError` naming it.
 */
export function policySettings(choices: PolicyChoices, overrides?: PolicySettingsOverrides): PolicySettingsInput {
  if (!isObject(choices)) usage(BUILDER, "expected the choices { scheme, schedule, retention }");
  const { scheme = "ALWAYS_INCREMENTAL", schedule, retention, weeklyBackupDay = "MONDAY" } = choices;
  if (!SCHEMES.includes(scheme)) wrong("scheme", `one of ${SCHEMES.join(", ")}`, scheme);
  if (!WEEKDAYS.includes(weeklyBackupDay)) wrong("weeklyBackupDay", `one of ${WEEKDAYS.join(", ")}`, weeklyBackupDay);
  const schedules: readonly unknown[] = Array.isArray(schedule) ? schedule : [schedule];
  if (schedules.length === 0) usage(BUILDER, "schedule needs at least one schedule");
  const settings = terraformDefaults();
  settings.scheduling.scheme = scheme;
  settings.scheduling.weeklyBackupDay = weeklyBackupDay;
  settings.scheduling.backupSets = schedules.map((one, index) =>
    backupSet(one, Array.isArray(schedule) ? `schedule[${index}]` : "schedule", scheme),
  );
  settings.retention.rules = retentionRules(retention);
  if (overrides !== undefined) {
    if (!isObject(overrides)) usage(BUILDER, `overrides must be an object, got ${shown(overrides)}`);
    mergeInto(settings as unknown as Record<string, unknown>, overrides);
  }
  return settings;
}

// ── choices ──────────────────────────────────────────────────────────────────────────────────────────────

function backupSet(schedule: unknown, name: string, scheme: BackupScheme): Schemas["BackupSet"] {
  if (!isObject(schedule)) return wrong(name, `an object with one of ${SCHEDULE_KINDS.join(", ")}`, schedule);
  const kinds = SCHEDULE_KINDS.filter((kind) => schedule[kind] !== undefined);
  if (kinds.length !== 1) {
    usage(BUILDER, `${name} needs exactly one of ${SCHEDULE_KINDS.join(", ")}; got ${kinds.join(" and ") || "none"}`);
  }
  const { backupType = "TYPE_AUTO" } = schedule;
  if (!BACKUP_TYPES.includes(backupType as string)) {
    wrong(`${name}.backupType`, `one of ${BACKUP_TYPES.join(", ")}`, backupType);
  }
  if (scheme === "CUSTOM" && backupType === "TYPE_AUTO") {
    usage(BUILDER, `${name}.backupType: the CUSTOM scheme needs TYPE_FULL, TYPE_INCREMENTAL or TYPE_DIFFERENTIAL`);
  }
  const type = backupType as Schemas["BackupSetType"];
  const kind = kinds[0]!;
  const at = `${name}.${kind}`;
  const when = schedule[kind];
  if (kind === "every")
    return { sinceLastExecTime: { delay: { type: "SECONDS", count: String(seconds(when, at)) } }, type };
  if (!isObject(when)) return wrong(at, "an object", when);
  if (kind === "hourly") {
    return {
      time: {
        type: "HOURLY",
        repeatEvery: { type: "HOURS", count: String(positive(when.every, `${at}.every`)) },
        timeFrom: clockTime(when.from, `${at}.from`),
        timeTo: clockTime(when.to, `${at}.to`),
        runLater: false,
      },
      type,
    };
  }
  const repeatAt = list(when.at, `${at}.at`).map((time, index) => clockTime(time, `${at}.at[${index}]`));
  if (repeatAt.length === 0) usage(BUILDER, `${at}.at needs at least one time`);
  if (kind === "daily") return { time: { type: "DAILY", repeatAt, runLater: false }, type };
  if (kind === "weekly") {
    const weekdays = unique(list(when.on, `${at}.on`), `${at}.on`);
    weekdays.forEach((day, index) => {
      if (!WEEKDAYS.includes(day as Weekday)) wrong(`${at}.on[${index}]`, `one of ${WEEKDAYS.join(", ")}`, day);
    });
    if (weekdays.length === 0) usage(BUILDER, `${at}.on needs at least one day`);
    return { time: { type: "WEEKLY", weekdays: weekdays as Weekday[], repeatAt, runLater: false }, type };
  }
  const monthdays = unique(list(when.on, `${at}.on`), `${at}.on`).map((day, index) =>
    String(inRange(day, 1, 31, `${at}.on[${index}]`)),
  );
  const lastDay = when.lastDayOfMonth === true;
  if (monthdays.length === 0 && !lastDay) usage(BUILDER, `${at}.on needs at least one day, or lastDayOfMonth: true`);
  const time: Schemas["BackupSetTime"] = { type: "MONTHLY", monthdays, repeatAt, runLater: false };
  if (lastDay) time.includeLastDayOfMonth = true;
  if (when.months !== undefined) {
    time.months = unique(list(when.months, `${at}.months`), `${at}.months`).map((month, index) =>
      String(inRange(month, 1, 12, `${at}.months[${index}]`)),
    );
  }
  return { time, type };
}

function retentionRules(retention: unknown): Schemas["RetentionRule"][] {
  if (!isObject(retention)) return wrong("retention", "an object with keepLast, keepFor or keepAll", retention);
  const { keepLast, keepFor, keepAll } = retention;
  if (keepAll !== undefined) {
    if (keepAll !== true) wrong("retention.keepAll", "true", keepAll);
    if (keepLast !== undefined || keepFor !== undefined)
      usage(BUILDER, "retention.keepAll keeps every backup: give it alone");
    return [];
  }
  const rules: Schemas["RetentionRule"][] = [];
  if (keepLast !== undefined) rules.push({ maxCount: String(positive(keepLast, "retention.keepLast")) });
  if (keepFor !== undefined) rules.push({ maxAge: interval(keepFor, "retention.keepFor") });
  if (rules.length === 0) usage(BUILDER, "retention needs keepLast, keepFor or keepAll");
  return rules;
}

// ── values ───────────────────────────────────────────────────────────────────────────────────────────────

function wrong(name: string, expected: string, value: unknown): never {
  return usage(BUILDER, `${name} must be ${expected}, got ${shown(value)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A whole number greater than 0. */
function positive(value: unknown, name: string): number {
  if (Number.isSafeInteger(value) && (value as number) > 0) return value as number;
  return wrong(name, "a whole number greater than 0", value);
}

function inRange(value: unknown, low: number, high: number, name: string): number {
  if (Number.isInteger(value) && (value as number) >= low && (value as number) <= high) return value as number;
  return wrong(name, `a whole number from ${low} to ${high}`, value);
}

/** One value or a list of them, as a list. */
function list(value: unknown, name: string): unknown[] {
  if (value === undefined) return wrong(name, "given", value);
  return Array.isArray(value) ? [...value] : [value];
}

/** The API lists each day and month once (`uniqueItems`). */
function unique(values: unknown[], name: string): unknown[] {
  const repeated = values.find((value, index) => values.indexOf(value) !== index);
  if (repeated !== undefined) usage(BUILDER, `${name} lists ${shown(repeated)} twice`);
  return values;
}

function clockTime(value: unknown, name: string): Schemas["TimeOfDay"] {
  const match = typeof value === "string" ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!match) return wrong(name, 'a time of day "HH:MM" (00:00 to 23:59)', value);
  return { hour: String(Number(match[1])), minute: String(Number(match[2])) };
}

/** The one unit of a `TimeSpan` and its count. */
function span(value: unknown, name: string): { unit: keyof SpanUnits; count: number } {
  const units = isObject(value)
    ? (Object.keys(UNITS) as (keyof SpanUnits)[]).filter((unit) => value[unit] !== undefined)
    : [];
  if (!isObject(value) || units.length !== 1) {
    return wrong(name, `a time span in one unit (${Object.keys(UNITS).join(", ")}), such as { days: 30 }`, value);
  }
  const unit = units[0]!;
  return { unit, count: positive(value[unit], `${name}.${unit}`) };
}

function interval(value: unknown, name: string): Schemas["Interval"] {
  const { unit, count } = span(value, name);
  return { type: UNITS[unit].type, count: String(count) };
}

function seconds(value: unknown, name: string): number {
  const { unit, count } = span(value, name);
  const total = count * UNITS[unit].seconds;
  // past 2^53 the int64 string would be written in exponent form, which the API refuses
  if (Number.isSafeInteger(total)) return total;
  const most = Math.floor(Number.MAX_SAFE_INTEGER / UNITS[unit].seconds);
  return wrong(`${name}.${unit}`, `a whole number from 1 to ${most}`, count);
}

// ── overrides ────────────────────────────────────────────────────────────────────────────────────────────

/** Sets each field `overrides` gives, at any depth: objects are merged, anything else (lists too) replaces. */
function mergeInto(target: Record<string, unknown>, overrides: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(overrides)) {
    // an override parsed from JSON may carry a "__proto__" key: it is no field of the settings
    if (value === undefined || key === "__proto__") continue;
    const current = target[key];
    if (isObject(value) && isObject(current)) mergeInto(current, value);
    else target[key] = value;
  }
}
