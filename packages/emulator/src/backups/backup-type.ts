// FULL or INCREMENTAL, as the policy's scheme says, for a run at a given time. The wire's Backup.type knows only
// FULL and INCREMENTAL, so a differential backup set is shown INCREMENTAL. An incremental backup needs a base:
// a chain with no live backup always starts FULL.
import type { BackupRecord, Policy } from "../state/model.js";
import { WEEKDAYS, type BackupSet } from "../schedules/next-run.js";

const DAY_MS = 86_400_000;

/**
 * - ALWAYS_FULL: FULL.
 * - WEEKLY_FULL_DAILY_INCREMENTAL: FULL on the first run of `weeklyBackupDay` (UTC), INCREMENTAL otherwise.
 * - CUSTOM: the backup set's `type` (TYPE_FULL → FULL; TYPE_INCREMENTAL, TYPE_DIFFERENTIAL → INCREMENTAL;
 *   TYPE_AUTO or none, and a run by hand, which has no backup set → as ALWAYS_INCREMENTAL).
 * - ALWAYS_INCREMENTAL, WEEKLY_INCREMENTAL, SIMPLE, CDP (the agent's, undescribed): FULL first, then INCREMENTAL.
 */
export function backupTypeFor(
  policy: Policy,
  liveChain: readonly BackupRecord[],
  atMs: number,
  backupSet?: BackupSet,
): "FULL" | "INCREMENTAL" {
  if (liveChain.length === 0) return "FULL";
  const scheduling = policy.settings.scheduling;
  switch (scheduling?.scheme) {
    case "ALWAYS_FULL":
      return "FULL";
    case "WEEKLY_FULL_DAILY_INCREMENTAL": {
      if (WEEKDAYS[new Date(atMs).getUTCDay()] !== scheduling.weeklyBackupDay) return "INCREMENTAL";
      const dayStart = Math.floor(atMs / DAY_MS) * DAY_MS;
      const fullToday = liveChain.some((record) => record.backup.type === "FULL" && record.createdAtMs >= dayStart);
      return fullToday ? "INCREMENTAL" : "FULL";
    }
    case "CUSTOM":
      return backupSet?.type === "TYPE_FULL" ? "FULL" : "INCREMENTAL";
    default:
      return "INCREMENTAL";
  }
}
