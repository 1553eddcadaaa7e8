// The BACKUP task behind a seeded backup: what the agent would have reported when it made it. The times are the
// ones the emulator derived from each backup before tasks were stored, so examples keep their meaning.
import type { BackupRecord, TaskRecord } from "../state/model.js";

/** The agent's throughput, which sets how long a backup task ran: 100 MiB/s, at least a minute. */
const BYTES_PER_MS = (100 * 2 ** 20) / 1000;

/** How long the agent takes to store `size` bytes (a backup's `size`). */
export const backupTaskDurationMs = (size: string) => Math.max(60_000, Math.round(Number(size) / BYTES_PER_MS));

/** The task of `record`, numbered `seq`: started when the backup was made, completed OK, its stored bytes. */
export function seededBackupTask(record: BackupRecord, seq: number): TaskRecord {
  const { backup } = record;
  const size = backup.size;
  const completedAt = new Date(record.createdAtMs + backupTaskDurationMs(size)).toISOString();
  return {
    task: {
      id: String(seq),
      cancellable: false,
      policyId: backup.policyId,
      type: "BACKUP",
      progress: { current: size, total: size },
      status: "COMPLETED",
      enqueuedAt: backup.createdAt,
      startedAt: backup.createdAt,
      updatedAt: completedAt,
      completedAt,
      computeInstanceId: backup.computeInstanceId,
      resultCode: "OK",
      error: "",
    },
    seq,
    createdAtMs: record.createdAtMs,
  };
}
