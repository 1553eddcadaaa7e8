// Finds things in the seed for a test, by what they are rather than by hard-coded ids.
import type { Emulator } from "../../src/index.js";

export function seeded(emulator: Emulator) {
  const state = emulator.snapshot();
  const readableFolder = state.folders.find(
    (folder) => !folder.forbidden && state.backups.some((record) => record.folderId === folder.id),
  )!;
  const forbiddenFolder = state.folders.find((folder) => folder.forbidden)!;
  const liveBackups = state.backups.filter((record) => record.folderId === readableFolder.id && !record.backup.deleted);
  const computeBackup = liveBackups.find((record) => record.resourceType === "COMPUTE")!;
  const bmsBackup = liveBackups.find((record) => record.resourceType === "BMS")!;
  const backupless = state.instances.find(
    (instance) =>
      instance.kind === "COMPUTE" &&
      instance.folderId === readableFolder.id &&
      !state.backups.some((record) => record.backup.computeInstanceId === instance.id),
  )!;
  const deletedBackup = state.backups.find((record) => record.backup.deleted && record.folderId === readableFolder.id);
  const forbiddenBackup = state.backups.find((record) => record.folderId === forbiddenFolder.id)!;
  return {
    state,
    readableFolder,
    forbiddenFolder,
    liveBackups,
    computeBackup,
    bmsBackup,
    backupless,
    deletedBackup,
    forbiddenBackup,
  };
}
