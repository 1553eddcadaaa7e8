// Lookups every handler shares: a folder the caller may read, a backup in a folder, an instance.
import { ApiError, notFound } from "../http/api-error.js";
import type { BackupRecord, Folder, Instance, Policy, ResourceRecord } from "../state/model.js";
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

/** A folder of the emulator's world, readable by the caller: 404 for one it does not know. */
export function findFolder(store: MemoryStore, folderId: string): Folder {
  const folder = store.folders.get(folderId);
  if (!folder) throw notFound("Folder", folderId);
  assertFolderReadable(store, folderId);
  return folder;
}

/**
 * Policies can be managed only where a backup provider is activated (the spec's createPolicy: "The backup
 * provider must be activated in the folder first"). The service documents no code for it; the emulator answers
 * 400 FAILED_PRECONDITION (the folder exists, but is not in the state the call needs: activating the provider
 * fixes it, retrying does not), naming the folder.
 */
export function assertActivated(store: MemoryStore, folderId: string): void {
  if (store.providersOf(folderId).length === 0) {
    throw new ApiError(
      "FAILED_PRECONDITION",
      `Folder ${folderId} has no activated backup provider: activate one (activateProvider) before managing its policies`,
    );
  }
}

/** A policy the caller may read, in a folder whose provider is activated. */
export function findPolicy(store: MemoryStore, policyId: string): Policy {
  const policy = store.policies.get(policyId);
  if (!policy) throw notFound("Policy", policyId);
  assertFolderReadable(store, policy.folderId);
  assertActivated(store, policy.folderId);
  return policy;
}

/**
 * The registered resource of an instance the caller may read: 404 for an unknown instance, and for one not
 * registered with the service (never, or removed by deleteResource).
 */
export function findResource(store: MemoryStore, computeInstanceId: string): ResourceRecord {
  const record = store.resources.get(computeInstanceId);
  if (!record) {
    if (store.instances.has(computeInstanceId))
      assertFolderReadable(store, store.instances.get(computeInstanceId)!.folderId);
    throw notFound("Resource", computeInstanceId);
  }
  assertFolderReadable(store, record.folderId);
  return record;
}
