// The tasks a policy's run leaves on its resource: the BACKUP task of a scheduled run (an execution's is its
// operation's own) and the RETENTION task of each retention pass, in the order the agent did them.
import type { PolicyRun } from "../backups/policy-run.js";
import type { RetentionPass } from "../backups/retention.js";
import type { Policy } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { backupTaskDurationMs } from "./seeded-backup-task.js";
import { recordCompletedTask } from "./task-log.js";

/**
 * A retention pass that removed backups: a RETENTION task, done at once, its progress the backups it removed. A
 * pass that removed nothing did nothing the agent reports, so it leaves no task (else every backup would bring a
 * second, empty task).
 */
export function recordRetentionTask(store: MemoryStore, pass: RetentionPass): void {
  if (pass.removed.length === 0) return;
  const removed = String(pass.removed.length);
  recordCompletedTask(store, {
    type: "RETENTION",
    computeInstanceId: pass.computeInstanceId,
    policyId: pass.policyId,
    startedAtMs: pass.atMs,
    completedAtMs: pass.atMs,
    progress: { current: removed, total: removed },
    resultCode: "OK",
  });
}

/** A scheduled run: its BACKUP task (as long as storing the backup takes), and its retention pass's task. */
export function recordScheduledRunTasks(store: MemoryStore, policy: Policy, run: PolicyRun): void {
  const retentionFirst = policy.settings.retention?.beforeBackup === true;
  if (retentionFirst) recordRetentionTask(store, run.retention);
  const { size } = run.backup.backup;
  recordCompletedTask(store, {
    type: "BACKUP",
    computeInstanceId: run.computeInstanceId,
    policyId: run.policyId,
    startedAtMs: run.atMs,
    completedAtMs: run.atMs + backupTaskDurationMs(size),
    progress: { current: size, total: size },
    resultCode: "OK",
  });
  if (!retentionFirst) recordRetentionTask(store, run.retention);
}
