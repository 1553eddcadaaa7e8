// Which operations leave a task on a resource, and how the task follows its operation: started with it, its
// progress the operation's (in percents), ended with it. The operation runner calls these at those three points.
import type { TaskType } from "@backup-api/types";
import type { BackupRecord, OperationKind, OperationRecord } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { finishTask, progressTask, startTask, type TaskEnd } from "./task-log.js";

/**
 * The agent's work behind an operation. A backup deletion leaves none: the spec's task types have no deletion,
 * and the service's agent-side deletion is not reported as a task. Policy, provider and resource operations are
 * the service's own work, not the agent's.
 */
const TASK_TYPE_OF: Partial<Record<OperationKind, Exclude<TaskType, "TYPE_UNSPECIFIED">>> = {
  executePolicy: "BACKUP",
  recovery: "RECOVERY",
  applyPolicy: "APPLY_POLICY",
  revokePolicy: "REVOKE_POLICY",
};

/** The policy an operation's task runs for: the policy executed, applied or revoked, or the recovered backup's. */
function policyOf(store: MemoryStore, record: OperationRecord): string {
  if (record.kind === "recovery") return store.backups.get(record.backupId)?.backup.policyId ?? "";
  return record.effect?.execution?.policyId ?? record.effect?.application?.policyId ?? "";
}

/**
 * Starts the task of a just-started operation, on the resource of the instance it works on (a recovery: the
 * target), if that instance is registered; notes its id on the operation.
 */
export function startOperationTask(store: MemoryStore, record: OperationRecord): void {
  const type = TASK_TYPE_OF[record.kind];
  if (!type || !store.resources.has(record.computeInstanceId)) return;
  const task = startTask(store, {
    type,
    computeInstanceId: record.computeInstanceId,
    policyId: policyOf(store, record),
    atMs: record.startedAtMs,
  });
  record.taskId = task.task.id;
  store.operationChanged(record);
}

/** Moves the operation's task to `fraction` (0..1) of its work, in whole percents below 100. */
export function progressOperationTask(store: MemoryStore, record: OperationRecord, fraction: number, atMs: number) {
  const task = record.taskId === undefined ? undefined : store.tasks.get(record.taskId);
  if (task) progressTask(store, task, String(Math.min(99, Math.floor(fraction * 100))), atMs);
}

/**
 * Ends the operation's task: OK (a backup's task then counts the backup's stored bytes, as the seed's tasks do),
 * ERROR with the failure's message, or CANCELLED.
 */
export function finishOperationTask(
  store: MemoryStore,
  record: OperationRecord,
  end: Omit<TaskEnd, "progress"> & { backup?: BackupRecord },
): void {
  const task = record.taskId === undefined ? undefined : store.tasks.get(record.taskId);
  if (!task) return;
  const size = end.backup?.backup.size;
  finishTask(store, task, { ...end, ...(size !== undefined && { progress: { current: size, total: size } }) });
}
