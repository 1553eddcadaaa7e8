// The one place tasks are made and moved. A task is what the service's agent reports about its work on a
// resource (a backup, a retention pass, a recovery, applying or revoking a policy); the emulator has no agent,
// so the operation runner (and the schedules) tell this log when such work starts, moves and ends. Every change
// goes through the store, which notes it for `commit()`.
import type { Progress, TaskCode, TaskType } from "@backup-api/types";
import type { TaskRecord } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";

/** Progress counted in percents: what a running operation knows of its work. */
export const PERCENT_TOTAL = "100";

const timestamp = (ms: number) => new Date(ms).toISOString();

export interface TaskStart {
  type: Exclude<TaskType, "TYPE_UNSPECIFIED">;
  computeInstanceId: string;
  /** The policy the task runs for (a recovery: the policy of the backup recovered). */
  policyId: string;
  /** When it was queued and started (the emulator starts what it queues at once). */
  atMs: number;
  /** Defaults to 0 of 100 (percents). */
  progress?: Required<Progress>;
}

/** Starts a task: `STARTED`, enqueued and started now, no `completedAt` nor `resultCode` yet. Returns it. */
export function startTask(store: MemoryStore, start: TaskStart): TaskRecord {
  const at = timestamp(start.atMs);
  return store.addTask({
    task: {
      id: "",
      // The spec: the service does not support cancelling tasks.
      cancellable: false,
      policyId: start.policyId,
      type: start.type,
      progress: start.progress ?? { current: "0", total: PERCENT_TOTAL },
      status: "STARTED",
      enqueuedAt: at,
      startedAt: at,
      updatedAt: at,
      computeInstanceId: start.computeInstanceId,
      resultCode: "CODE_UNSPECIFIED",
      error: "",
    },
    seq: 0,
    createdAtMs: start.atMs,
  });
}

/** Moves a running task's progress (only forward); `updatedAt` follows. A finished task does not move. */
export function progressTask(store: MemoryStore, record: TaskRecord, current: string, atMs: number): void {
  const { task } = record;
  if (task.status === "COMPLETED" || BigInt(current) <= BigInt(task.progress.current ?? "0")) return;
  task.progress = { current, total: task.progress.total };
  task.updatedAt = timestamp(Math.max(atMs, record.createdAtMs));
  store.taskChanged(record);
}

export interface TaskEnd {
  resultCode: Extract<TaskCode, "OK" | "ERROR" | "CANCELLED">;
  /** Why it did not end OK ("" for OK). */
  error: string;
  atMs: number;
  /** The work as it ended; by default an OK task is complete (current = total) and any other stays where it was. */
  progress?: Required<Progress>;
}

/** Ends a task: `COMPLETED` with its result, completed (and updated) now. A finished task stays as it ended. */
export function finishTask(store: MemoryStore, record: TaskRecord, end: TaskEnd): void {
  const { task } = record;
  if (task.status === "COMPLETED") return;
  const at = timestamp(Math.max(end.atMs, record.createdAtMs));
  task.status = "COMPLETED";
  task.resultCode = end.resultCode;
  task.error = end.resultCode === "OK" ? "" : end.error;
  task.progress =
    end.progress ??
    (end.resultCode === "OK" ? { current: task.progress.total, total: task.progress.total } : task.progress);
  task.updatedAt = at;
  task.completedAt = at;
  store.taskChanged(record);
}

/**
 * Work done in one step, recorded once it is over: a scheduled backup or a retention pass.
 *
 * - `type`: `BACKUP` or `RETENTION`.
 * - `computeInstanceId`: the instance worked on (its resource lists the task); `policyId`: the policy it ran for.
 * - `startedAtMs` ≤ `completedAtMs`: when it started (also its `enqueuedAt`, its place in the listing) and ended.
 * - `progress`: what was done, `current` of `total` (a backup: its bytes stored, both equal when it ends OK).
 * - `resultCode`: `OK`, or `ERROR` with `error` saying why (required then).
 *
 * Returns the stored task (`COMPLETED`), with the next task number.
 */
export function recordCompletedTask(
  store: MemoryStore,
  work: {
    type: "BACKUP" | "RETENTION";
    computeInstanceId: string;
    policyId: string;
    startedAtMs: number;
    completedAtMs: number;
    progress: Required<Progress>;
    resultCode: "OK" | "ERROR";
    error?: string;
  },
): TaskRecord {
  if (!(work.completedAtMs >= work.startedAtMs))
    throw new RangeError(
      `recordCompletedTask: completedAtMs (${work.completedAtMs}) is before startedAtMs (${work.startedAtMs})`,
    );
  if (work.resultCode === "ERROR" && !work.error)
    throw new TypeError("recordCompletedTask: an ERROR task needs its error");
  const record = startTask(store, { ...work, atMs: work.startedAtMs });
  finishTask(store, record, {
    resultCode: work.resultCode,
    error: work.error ?? "",
    atMs: work.completedAtMs,
    progress: work.progress,
  });
  return record;
}
