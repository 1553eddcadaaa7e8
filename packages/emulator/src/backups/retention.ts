// A policy's retention rules on one instance's backups under it, applied after each backup (before it with
// `retention.beforeBackup`), by a scheduled run and by executePolicy alike. What a pass removes leaves the
// listings as a finished deletion does (store.removeBackup), and the archive's sizes drop by what the backup
// added to them (src/backups/execution.ts).
import type { BackupRecord, Policy } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { addInterval, ScheduleError } from "../schedules/interval.js";
import { chainOf } from "./execution.js";

type RetentionRule = NonNullable<Policy["settings"]["retention"]["rules"]>[number];

/** What one retention pass did, for a caller to report (a RETENTION task, one day). */
export interface RetentionPass {
  policyId: string;
  computeInstanceId: string;
  atMs: number;
  removed: BackupRecord[];
}

/**
 * Whether a rule covers this pass: a rule without `backupSet` covers every backup; one with it, the passes of a
 * backup set of a period it lists. A backup does not record the set that made it, so a covering rule counts the
 * whole chain of the instance under the policy.
 */
function covers(rule: RetentionRule, periods: ReadonlySet<string>): boolean {
  const selected = rule.backupSet ?? [];
  return selected.length === 0 || selected.some((period) => periods.has(period));
}

/** The backups a rule lets go, from a chain oldest first. `undefined` when the rule keeps everything. */
function expiredBy(rule: RetentionRule, chain: readonly BackupRecord[], atMs: number): BackupRecord[] {
  if (rule.maxAge) {
    let cutoff: number;
    try {
      cutoff = addInterval(atMs, rule.maxAge, -1, "retention.rules[].maxAge");
    } catch (error) {
      if (error instanceof ScheduleError) return [];
      throw error;
    }
    return chain.filter((record) => record.createdAtMs < cutoff);
  }
  // proto3 cannot tell 0 from a left-out count: a rule keeping "0" keeps everything rather than the backup just made.
  const keep = Number(rule.maxCount ?? "0");
  if (!Number.isSafeInteger(keep) || keep < 1) return [];
  return chain.slice(0, Math.max(0, chain.length - keep));
}

/**
 * Applies the policy's rules that cover `periods` (the periods of the backup set that ran; every period of the
 * policy's sets for a run by hand) to the instance's live backups under the policy, at `atMs`. A backup another
 * operation is working on (`isBusy`: a recovery from it) is kept. Returns the backups removed.
 */
export function applyRetention(
  store: MemoryStore,
  policy: Policy,
  computeInstanceId: string,
  atMs: number,
  periods: ReadonlySet<string>,
  isBusy: (backupId: string) => boolean,
): RetentionPass {
  const pass: RetentionPass = { policyId: policy.id, computeInstanceId, atMs, removed: [] };
  const rules = (policy.settings.retention?.rules ?? []).filter((rule) => covers(rule, periods));
  if (rules.length === 0) return pass;
  const chain = chainOf(store, computeInstanceId, policy.id);
  const expired = new Set<BackupRecord>();
  for (const rule of rules) for (const record of expiredBy(rule, chain, atMs)) expired.add(record);
  for (const record of chain) {
    if (!expired.has(record) || isBusy(record.backup.id)) continue;
    store.removeBackup(record);
    const archiveRecord = store.archives.get(record.backup.archiveId);
    if (archiveRecord) {
      const { archive } = archiveRecord;
      const minus = (total: string, part: string) => {
        const left = BigInt(total) - BigInt(part);
        return String(left > 0n ? left : 0n);
      };
      archive.size = minus(archive.size, record.backup.backedUpDataSize);
      archive.dataSize = minus(archive.dataSize, record.backup.backedUpDataSize);
      archive.logicalSize = archive.dataSize;
      archive.compressedDataSize = minus(archive.compressedDataSize, record.backup.size);
      store.putArchive(archiveRecord);
    }
    pass.removed.push(record);
  }
  return pass;
}

/** The periods of a policy's backup sets by the clock: what a run by hand counts as for `backupSet` rules. */
export function periodsOfPolicy(policy: Policy): Set<string> {
  return new Set(
    (policy.settings.scheduling?.backupSets ?? []).flatMap((set) => (set.time?.type ? [set.time.type] : [])),
  );
}
