// POST /backup/v1/backups/{backupId}:startRecovery — starts recovering a backup onto an instance.
import type { StartRecoveryRequest } from "@backup-api/types";
import { ApiError } from "../http/api-error.js";
import { IDEMPOTENCY_HEADER, remember, replay, requestFingerprint } from "../operations/idempotency.js";
import { findBackup, findInstance } from "./access.js";
import type { Handler } from "./context.js";

export const startRecovery: Handler = ({ request, store, clock, operations, caller, operationFailure }) => {
  const body = request.body as StartRecoveryRequest;
  const key = request.headers[IDEMPOTENCY_HEADER];
  const fingerprint = requestFingerprint("startRecovery", request.path, body);
  const replayed = replay(store, key, fingerprint, clock.now());
  if (replayed) return { schemaName: "Operation", body: replayed.operation };

  const backup = findBackup(store, request.path.backupId!);
  const target = findInstance(store, body.computeInstanceId);
  if (backup.backup.deleted) {
    throw new ApiError("FAILED_PRECONDITION", `Backup ${backup.backup.id} is deleted and cannot be recovered`);
  }
  if (backup.resourceType !== target.kind) {
    throw new ApiError(
      "FAILED_PRECONDITION",
      `Backup ${backup.backup.id} is a backup of a ${backup.resourceType} resource and cannot be recovered onto instance ${target.id}, which is ${target.kind}`,
    );
  }
  const running = operations.recoveryOnto(target.id);
  if (running) {
    throw new ApiError(
      "ABORTED",
      `Instance ${target.id} is already being recovered by operation ${running.operation.id}; wait for it to finish, then try again`,
    );
  }
  const record = operations.startRecovery(backup, target, caller, operationFailure);
  remember(store, key, fingerprint, record);
  return { schemaName: "Operation", body: record.operation };
};
