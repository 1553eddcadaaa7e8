// One run of a policy on an instance, by its schedule or by executePolicy: retention before the backup when the
// policy says `beforeBackup`, the backup, retention after it otherwise. Returns all it did, so that a caller can
// record it (a BACKUP and a RETENTION task) without looking again.
import type { BackupSet } from "../schedules/next-run.js";
import type { BackupRecord, Instance, Policy } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { makeExecutionBackup } from "./execution.js";
import { applyRetention, type RetentionPass } from "./retention.js";

export interface PolicyRun {
  policyId: string;
  computeInstanceId: string;
  atMs: number;
  backup: BackupRecord;
  retention: RetentionPass;
}

export function runPolicy(
  store: MemoryStore,
  policy: Policy,
  instance: Instance,
  runId: string,
  atMs: number,
  options: { backupSet?: BackupSet; periods: ReadonlySet<string>; isBusy: (backupId: string) => boolean },
): PolicyRun {
  const retain = () => applyRetention(store, policy, instance.id, atMs, options.periods, options.isBusy);
  const before = policy.settings.retention?.beforeBackup === true ? retain() : undefined;
  const backup = makeExecutionBackup(store, policy, instance, runId, atMs, options.backupSet);
  const retention = before ?? retain();
  return { policyId: policy.id, computeInstanceId: instance.id, atMs, backup, retention };
}
