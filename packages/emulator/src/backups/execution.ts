// The backup an `executePolicy` makes when its operation finishes: built as the seed builds its chains
// (src/seed/generate-seed.ts: same sizes, stream names and URIs), from the emulator's clock and the instance's
// earlier backups. The archive of the instance and policy is created by the first run, then grows.
import type { Archive, Backup, Disk } from "@backup-api/types";
import { backupTypeFor } from "./backup-type.js";
import { backupSizes, compactTimestamp, fallbackDisks, usedBytesOf } from "../seed/generate-seed.js";
import { hashKey, Random } from "../seed/random.js";
import { archiveNameOf } from "../policies/archive-name.js";
import type { BackupSet } from "../schedules/next-run.js";
import type { ArchiveRecord, BackupRecord, Instance, Policy } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";

/** The live backups of an instance under a policy, oldest first. */
export function chainOf(store: MemoryStore, instanceId: string, policyId: string): BackupRecord[] {
  return store.listing(`instancePolicy:${instanceId}/${policyId}`).filter((record) => !record.backup.deleted);
}

/** The archive of an instance and policy, if a backup made it. */
export function archiveFor(store: MemoryStore, instanceId: string, policyId: string): ArchiveRecord | undefined {
  // Any backup of the pair names it; only a pair with none left costs a look through every archive.
  const newest = store.listing(`instancePolicy:${instanceId}/${policyId}`).at(-1);
  const named = newest && store.archives.get(newest.backup.archiveId);
  if (named) return named;
  for (const record of store.archives.values())
    if (record.archive.computeInstanceId === instanceId && record.policyId === policyId) return record;
  return undefined;
}

/**
 * Makes the backup of a finished execution or a scheduled run (`backupSet`: the set that fired): FULL or
 * INCREMENTAL as the policy's scheme says (src/backups/backup-type.ts); the instance's disks as its newest backup shows them; sizes as the seed draws
 * them. Adds it (with its listings) and creates or updates the archive. Returns the backup.
 */
export function makeExecutionBackup(
  store: MemoryStore,
  policy: Policy,
  instance: Instance,
  operationId: string,
  nowMs: number,
  backupSet?: BackupSet,
): BackupRecord {
  const random = new Random(hashKey("execute", operationId));
  const earlier = store.listing(`instance:${instance.id}`);
  const newestOfInstance = earlier[earlier.length - 1];
  const disks: Disk[] = newestOfInstance ? newestOfInstance.backup.disks : fallbackDisks(random);
  const usedBytes = newestOfInstance ? Number(newestOfInstance.backup.originalDataSize) : usedBytesOf(disks);
  const chain = chainOf(store, instance.id, policy.id);
  const isFull = backupTypeFor(policy, chain, nowMs, backupSet) === "FULL";
  const { backedUp, stored, deduplicated } = backupSizes(random, usedBytes, isFull);
  const createdAt = new Date(nowMs).toISOString();
  const vaultId =
    newestOfInstance?.backup.vaultId ??
    store.listing(`folder:${instance.folderId}`)[0]?.backup.vaultId ??
    random.uuid();

  let archiveRecord = archiveFor(store, instance.id, policy.id);
  if (!archiveRecord) {
    const archiveId = random.uuid();
    const archive: Required<Archive> = {
      id: archiveId,
      name: archiveNameOf(policy, instance, archiveId.slice(0, 8)),
      vaultId,
      attributes: { aaib: random.uuid(), uri: `ara://${archiveId}` },
      size: "0",
      compressedDataSize: "0",
      dataSize: "0",
      originalDataSize: String(usedBytes),
      logicalSize: "0",
      format: "VERSION_12",
      createdAt,
      updatedAt: createdAt,
      lastBackupCreatedAt: createdAt,
      lastSeenAt: createdAt,
      protectedByPassword: false,
      encryptionAlgorithm: "NONE",
      actions: ["REFRESH"],
      backupPlanId: policy.id,
      backupPlanName: policy.name,
      description: `Backups of ${instance.name} under ${policy.name}`,
      displayName: `${instance.name} - ${policy.name}`,
      computeInstanceId: instance.id,
      consistent: true,
      deleted: false,
      resourceId: instance.resourceId,
    };
    archiveRecord = { archive, folderId: instance.folderId, policyId: policy.id };
  }
  const { archive } = archiveRecord;
  const streamName = `XBKP-${instance.name}-${policy.name}-${compactTimestamp(createdAt)}`;
  const backup: Required<Backup> = {
    id: random.uuid(),
    vaultId: archive.vaultId,
    archiveId: archive.id,
    createdAt,
    lastSeenAt: createdAt,
    size: String(stored),
    deduplicatedSize: String(deduplicated),
    backedUpDataSize: String(backedUp),
    originalDataSize: String(usedBytes),
    attributes: { streamName, uri: `ara://${archive.id}/${streamName}` },
    computeInstanceId: instance.id,
    disks,
    type: isFull ? "FULL" : "INCREMENTAL",
    deleted: false,
    policyId: policy.id,
    resourceId: instance.resourceId,
  };
  const record: BackupRecord = {
    backup,
    folderId: instance.folderId,
    resourceType: instance.kind,
    seq: 0,
    createdAtMs: nowMs,
  };
  store.addBackup(record);
  // The archive adds up its live backups, as the seed's do.
  archive.size = String(BigInt(archive.size) + BigInt(backedUp));
  archive.dataSize = String(BigInt(archive.dataSize) + BigInt(backedUp));
  archive.logicalSize = archive.dataSize;
  archive.compressedDataSize = String(BigInt(archive.compressedDataSize) + BigInt(stored));
  archive.originalDataSize = String(usedBytes);
  archive.updatedAt = createdAt;
  archive.lastBackupCreatedAt = createdAt;
  archive.lastSeenAt = createdAt;
  store.putArchive(archiveRecord);
  return record;
}
