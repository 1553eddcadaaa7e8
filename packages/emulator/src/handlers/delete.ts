// DELETE /backup/v1/backups/{computeInstanceId}/{backupId} — starts deleting a backup. It reads
// `deleted: true` while the deletion runs, then leaves every listing and answers 404.
import { ApiError, notFound } from "../http/api-error.js";
import { IDEMPOTENCY_HEADER, remember, replay, requestFingerprint } from "../operations/idempotency.js";
import { findBackup } from "./access.js";
import type { Handler } from "./context.js";

export const deleteBackup: Handler = ({ request, store, clock, operations, caller, operationFailure }) => {
  const key = request.headers[IDEMPOTENCY_HEADER];
  const fingerprint = requestFingerprint("delete", request.path, null);
  const replayed = replay(store, key, fingerprint, clock.now());
  if (replayed) return { schemaName: "Operation", body: replayed.operation };

  const { computeInstanceId, backupId } = request.path as { computeInstanceId: string; backupId: string };
  const backup = findBackup(store, backupId);
  if (backup.backup.computeInstanceId !== computeInstanceId)
    throw notFound("Backup", `${backupId} of instance ${computeInstanceId}`);
  const running = operations.runningOn(backupId);
  if (running) {
    throw new ApiError(
      "ABORTED",
      `Backup ${backupId} is busy with operation ${running.operation.id} (${running.operation.description}); wait for it to finish`,
    );
  }
  if (backup.backup.deleted) throw new ApiError("FAILED_PRECONDITION", `Backup ${backupId} is already deleted`);
  const record = operations.startDelete(backup, caller, operationFailure);
  remember(store, key, fingerprint, record);
  return { schemaName: "Operation", body: record.operation };
};
