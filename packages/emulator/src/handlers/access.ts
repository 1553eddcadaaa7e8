// Lookups every handler shares: a folder the caller may read, a backup in a folder, an instance.
import { ApiError, notFound } from "../http/api-error.js";
import type { BackupRecord, Instance } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";

/** 403 for the seeded folder no token may read. */
export function assertFolderReadable(store: MemoryStore, folderId: string): void {
  if (store.folders.get(folderId)?.forbidden) {
    throw new ApiError(
      "PERMISSION_DENIED",
      `Permission denied to folder ${folderId}: no token may read it (the emulator's seeded forbidden folder)`,
    );
  }
}

/** The backup with that id, checked to be readable; `folderId` given: it must own the backup. */
export function findBackup(store: MemoryStore, backupId: string, folderId?: string): BackupRecord {
  if (folderId !== undefined) assertFolderReadable(store, folderId);
  const record = store.backups.get(backupId);
  if (!record || (folderId !== undefined && record.folderId !== folderId)) {
    throw notFound("Backup", folderId === undefined ? backupId : `${backupId} in folder ${folderId}`);
  }
  assertFolderReadable(store, record.folderId);
  return record;
}

export function findInstance(store: MemoryStore, computeInstanceId: string): Instance {
  const instance = store.instances.get(computeInstanceId);
  if (!instance) throw notFound("Compute instance", computeInstanceId);
  assertFolderReadable(store, instance.folderId);
  return instance;
}
