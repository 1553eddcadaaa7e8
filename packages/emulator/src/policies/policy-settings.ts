// Policy settings the emulator writes itself: the provider's three default policies and the seed's policies.
// The shape is the one the service answers (spec/components/examples/PolicyDaily.yaml), every field set; the
// proto3 writer leaves the defaults out on the wire.
import type { PolicySettings } from "@backup-api/types";

export type SchedulePeriod = "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY";

export interface SettingsTemplate {
  period: SchedulePeriod;
  /** For HOURLY: every this many hours. */
  everyHours?: number;
  /** Hour of the day the backups run at (not HOURLY). */
  hour: number;
  /** Keep the newest this many backups. */
  maxCount: number;
  scheme: PolicySettings["scheduling"]["scheme"];
}

const retries = (): PolicySettings["reattempts"] => ({
  enabled: true,
  interval: { type: "MINUTES", count: "5" },
  maxAttempts: "5",
});

function backupSetTime(template: SettingsTemplate) {
  const at = [{ hour: String(template.hour), minute: "0" }];
  switch (template.period) {
    case "HOURLY":
      return {
        type: "HOURLY" as const,
        repeatEvery: { type: "HOURS" as const, count: String(template.everyHours ?? 1) },
        timeFrom: { hour: "0", minute: "0" },
        timeTo: { hour: "23", minute: "59" },
      };
    case "DAILY":
      return { type: "DAILY" as const, repeatAt: at };
    case "WEEKLY":
      return { type: "WEEKLY" as const, weekdays: ["SUNDAY" as const], repeatAt: at };
    case "MONTHLY":
      return { type: "MONTHLY" as const, monthdays: ["1"], repeatAt: at };
  }
}

export function policySettings(template: SettingsTemplate): PolicySettings {
  return {
    compression: "NORMAL",
    format: "AUTO",
    multiVolumeSnapshottingEnabled: true,
    reattempts: retries(),
    silentModeEnabled: true,
    splitting: { size: "9223372036854775807" },
    vmSnapshotReattempts: retries(),
    vss: { enabled: true, provider: "NATIVE" },
    archive: { name: "[Machine Name]-[Plan ID]-[Unique ID]a" },
    performanceWindow: { enabled: false },
    retention: { rules: [{ maxCount: String(template.maxCount) }], beforeBackup: false },
    scheduling: {
      backupSets: [{ time: backupSetTime(template), type: "TYPE_AUTO" }],
      enabled: true,
      randMaxDelay: { type: "MINUTES", count: "30" },
      scheme: template.scheme,
      weeklyBackupDay: "MONDAY",
    },
    cbt: "DO_NOT_USE",
    fastBackupEnabled: true,
  } as PolicySettings;
}

/**
 * The policies a provider's activation creates unless `skipDefaultPolicy`: "Default daily", "Default weekly" and
 * "Default monthly", each incremental and keeping the last 15 backups (Cloud Backup docs,
 * en/_includes/backup/default-policies.md, as the spec's ActivateProviderRequest.skipDefaultPolicy says).
 */
export const DEFAULT_POLICIES: ReadonlyArray<{ name: string; settings: () => PolicySettings }> = [
  { name: "Default daily", period: "DAILY" as const },
  { name: "Default weekly", period: "WEEKLY" as const },
  { name: "Default monthly", period: "MONTHLY" as const },
].map(({ name, period }) => ({
  name,
  settings: () => policySettings({ period, hour: 3, maxCount: 15, scheme: "ALWAYS_INCREMENTAL" }),
}));
