// The emulator's state in memory: records by id, plus one sorted listing per selector value (by folder, by
// instance, by archive, by policy, by resource, by instance and policy) so that `list` never scans.
import { compareKeys, insertSorted, removeSorted } from "../list/sorted-index.js";
import type {
  ArchiveRecord,
  BackupRecord,
  EmulatorState,
  Folder,
  IdempotencyRecord,
  Instance,
  OperationRecord,
  Policy,
} from "./model.js";

export const STATE_VERSION = 1;

/** The listing keys a backup appears under. */
export function listingKeysOf(record: BackupRecord): string[] {
  const { computeInstanceId, archiveId, policyId, resourceId } = record.backup;
  return [
    `folder:${record.folderId}`,
    `instance:${computeInstanceId}`,
    `archive:${archiveId}`,
    `policy:${policyId}`,
    `resource:${resourceId}`,
    `instancePolicy:${computeInstanceId}/${policyId}`,
  ];
}

const EMPTY: readonly BackupRecord[] = Object.freeze([]);

export class MemoryStore {
  readonly folders = new Map<string, Folder>();
  readonly instances = new Map<string, Instance>();
  readonly policies = new Map<string, Policy>();
  readonly archives = new Map<string, ArchiveRecord>();
  readonly backups = new Map<string, BackupRecord>();
  readonly operations = new Map<string, OperationRecord>();
  /** Operations not done yet: what the clock has to move. */
  readonly runningOperations = new Set<OperationRecord>();
  readonly idempotencyKeys = new Map<string, IdempotencyRecord>();
  private readonly listings = new Map<string, BackupRecord[]>();
  pageTokenSecret: string;
  private nextSeq: number;

  constructor(state: EmulatorState) {
    if (state?.version !== STATE_VERSION) {
      throw new TypeError(
        `emulator state: version ${JSON.stringify(state?.version)} is not supported (this emulator reads version ${STATE_VERSION}); take a new snapshot with this version`,
      );
    }
    this.pageTokenSecret = state.pageTokenSecret;
    this.nextSeq = state.nextSeq;
    for (const folder of state.folders) this.folders.set(folder.id, folder);
    for (const instance of state.instances) this.instances.set(instance.id, instance);
    for (const policy of state.policies) this.policies.set(policy.id, policy);
    for (const archive of state.archives) this.archives.set(archive.archive.id, archive);
    for (const operation of state.operations) {
      this.operations.set(operation.operation.id, operation);
      if (!operation.operation.done) this.runningOperations.add(operation);
    }
    for (const [key, record] of Object.entries(state.idempotencyKeys)) this.idempotencyKeys.set(key, record);
    // Sort once and append, instead of inserting 100,000 times.
    const sorted = [...state.backups].sort(compareKeys);
    for (const record of sorted) {
      this.backups.set(record.backup.id, record);
      for (const key of listingKeysOf(record)) {
        let listing = this.listings.get(key);
        if (!listing) this.listings.set(key, (listing = []));
        listing.push(record);
      }
    }
  }

  /** Backups under one listing key, oldest first. Do not modify. */
  listing(key: string): readonly BackupRecord[] {
    return this.listings.get(key) ?? EMPTY;
  }

  addBackup(record: BackupRecord): void {
    this.backups.set(record.backup.id, record);
    for (const key of listingKeysOf(record)) {
      let listing = this.listings.get(key);
      if (!listing) this.listings.set(key, (listing = []));
      insertSorted(listing, record);
    }
  }

  removeBackup(record: BackupRecord): void {
    this.backups.delete(record.backup.id);
    for (const key of listingKeysOf(record)) {
      const listing = this.listings.get(key);
      if (listing) removeSorted(listing, record);
    }
  }

  takeSeq(): number {
    return this.nextSeq++;
  }

  addOperation(record: OperationRecord): void {
    this.operations.set(record.operation.id, record);
    if (!record.operation.done) this.runningOperations.add(record);
  }

  /** A deep copy of everything, as plain JSON. */
  toState(): EmulatorState {
    const state: EmulatorState = {
      version: STATE_VERSION,
      pageTokenSecret: this.pageTokenSecret,
      nextSeq: this.nextSeq,
      folders: [...this.folders.values()],
      instances: [...this.instances.values()],
      policies: [...this.policies.values()],
      archives: [...this.archives.values()],
      backups: [...this.backups.values()],
      operations: [...this.operations.values()],
      idempotencyKeys: Object.fromEntries(this.idempotencyKeys),
    };
    return structuredClone(state);
  }
}
