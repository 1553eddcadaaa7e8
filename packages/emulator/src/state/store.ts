// The emulator's state in memory: records by id, plus one sorted listing per selector value (by folder, by
// instance, by archive, by policy, by resource, by instance and policy) so that `list` never scans; likewise
// resources by folder (`listResources`) and tasks by instance (`listResourceTasks`).
//
// What is kept on purpose is bounded by the rules of src/kept-state/kept-state-rules.ts: Idempotency-Keys and
// finished operations are held in time order, so `forgetExpired` drops them from the front and costs only what it
// drops; each instance's tasks are cut to the newest ones as a task is added.
//
// Reads go straight to the maps. Every change goes through a method here, which also notes it, so that a
// persistent store (src/sqlite/) can write exactly what changed in `commit()`, before the answer leaves, and
// forgets the changed record's cached wire JSON (src/state/wire-json-cache.ts), so no answer shows it stale.
import {
  FINISHED_OPERATION_LIFETIME_MS,
  hasExpired,
  IDEMPOTENCY_KEY_LIFETIME_MS,
  TASKS_KEPT_PER_RESOURCE,
} from "../kept-state/kept-state-rules.js";
import { compareKeys, insertSorted, removeSorted } from "../list/sorted-index.js";
import { forgetWireJson } from "./wire-json-cache.js";
import type {
  ApplicationRecord,
  ArchiveRecord,
  BackupRecord,
  EmulatorState,
  Folder,
  IdempotencyRecord,
  Instance,
  OperationRecord,
  Policy,
  ProviderActivation,
  RegistrationTokenRecord,
  ResourceRecord,
  TaskRecord,
} from "./model.js";

/**
 * 2: policies carry their settings and timestamps; activated providers. 3: resources and applications.
 * 4: backups and archives made by executePolicy (an execution's operation names its policy and instance).
 * 5: stored tasks and their counter (an operation names the task it shows); registration tokens, instances
 *    added by registration, resources with a pending registration; when an Idempotency-Key was first used (keys
 *    and finished operations expire, tasks are bounded per instance).
 *    The time schedules have run up to (`schedulesRunUpTo`).
 */
export const STATE_VERSION = 5;

/** The key of an activation: one per folder and provider name. */
export const activationKey = (activation: ProviderActivation) => `${activation.folderId}/${activation.name}`;

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

/** When a done operation finished: its last `modifiedAt`, set when it finished, failed or was cancelled. */
export const finishedAtMsOf = (record: OperationRecord) => Date.parse(record.operation.modifiedAt ?? "");

/** The key of an application: one per policy and instance. */
export const applicationKey = (application: { policyId: string; computeInstanceId: string }) =>
  `${application.policyId}/${application.computeInstanceId}`;

const EMPTY: readonly never[] = Object.freeze([]);

/** Appends each record to the array of its key, in the order given. */
function groupInto<T>(groups: Map<string, T[]>, records: Iterable<T>, keyOf: (record: T) => string): void {
  for (const record of records) {
    const key = keyOf(record);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(record);
  }
}

/** A state's `schedulesRunUpTo` as epoch ms; left out or null: no emulator ran it yet. */
function schedulesMarkOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(time))
    throw new TypeError(
      `emulator state: schedulesRunUpTo must be an RFC 3339 time or null, got ${JSON.stringify(value)}`,
    );
  return time;
}

/** What changed since the last commit. */
export interface StoreChanges {
  backups: Set<BackupRecord>;
  archives: Set<ArchiveRecord>;
  /** The sequence counter moved (a backup was added): a persistent store saves it with the records. */
  nextSeq: boolean;
  removedBackupIds: Set<string>;
  operations: Set<OperationRecord>;
  /** Finished operations dropped after their lifetime. */
  removedOperationIds: Set<string>;
  idempotencyKeys: Set<string>;
  /** Keys dropped after their lifetime. */
  removedIdempotencyKeys: Set<string>;
  policies: Set<Policy>;
  removedPolicyIds: Set<string>;
  providers: Set<ProviderActivation>;
  resources: Set<ResourceRecord>;
  removedResourceIds: Set<string>;
  applications: Set<ApplicationRecord>;
  removedApplicationKeys: Set<string>;
  tasks: Set<TaskRecord>;
  /** Tasks dropped beyond their instance's bound. */
  removedTaskIds: Set<string>;
  /** The task counter moved (a task was added). */
  nextTaskSeq: boolean;
  instances: Set<Instance>;
  registrationTokens: Set<RegistrationTokenRecord>;
  /** The schedules' watermark moved. */
  schedulesRunUpTo: boolean;
}

/** Whether anything changed: a set that is not empty, or a flag that is set. */
export function hasChanges(changes: StoreChanges): boolean {
  // Asked twice for every request: a for-in reads the fields without making an array of them.
  for (const name in changes) {
    const value = changes[name as keyof StoreChanges];
    if (value === true || (typeof value === "object" && value.size > 0)) return true;
  }
  return false;
}

const noChanges = (): StoreChanges => ({
  backups: new Set(),
  archives: new Set(),
  nextSeq: false,
  removedBackupIds: new Set(),
  policies: new Set(),
  removedPolicyIds: new Set(),
  providers: new Set(),
  resources: new Set(),
  removedResourceIds: new Set(),
  applications: new Set(),
  removedApplicationKeys: new Set(),
  tasks: new Set(),
  removedTaskIds: new Set(),
  nextTaskSeq: false,
  instances: new Set(),
  registrationTokens: new Set(),
  schedulesRunUpTo: false,
  operations: new Set(),
  removedOperationIds: new Set(),
  idempotencyKeys: new Set(),
  removedIdempotencyKeys: new Set(),
});

export class MemoryStore {
  private readonly folderMap = new Map<string, Folder>();
  private readonly instanceMap = new Map<string, Instance>();
  private readonly policyMap = new Map<string, Policy>();
  private readonly providerMap = new Map<string, ProviderActivation>();
  private readonly resourceMap = new Map<string, ResourceRecord>();
  private readonly applicationMap = new Map<string, ApplicationRecord>();
  private readonly archiveMap = new Map<string, ArchiveRecord>();
  private readonly backupMap = new Map<string, BackupRecord>();
  private readonly operationMap = new Map<string, OperationRecord>();
  private readonly runningSet = new Set<OperationRecord>();
  /** Done operations in the order they finished (a Set keeps insertion order): the oldest go first. */
  private readonly finishedSet = new Set<OperationRecord>();
  /** In the order the keys were first used: the oldest go first. */
  private readonly idempotencyMap = new Map<string, IdempotencyRecord>();
  private readonly registrationTokenMap = new Map<string, RegistrationTokenRecord>();
  private readonly registeringSet = new Set<ResourceRecord>();
  private readonly listings = new Map<string, BackupRecord[]>();
  private readonly resourceListings = new Map<string, ResourceRecord[]>();
  private readonly taskMap = new Map<string, TaskRecord>();
  private readonly taskListings = new Map<string, TaskRecord[]>();
  protected changes: StoreChanges = noChanges();
  readonly pageTokenSecret: string;
  private nextSeqValue: number;
  private nextTaskSeqValue: number;

  /** The number the next added task gets. */
  get nextTaskSeq(): number {
    return this.nextTaskSeqValue;
  }
  /** Tasks, by id. */
  get tasks(): ReadonlyMap<string, TaskRecord> {
    return this.taskMap;
  }
  private schedulesRunUpToValue: number | undefined;
  private scheduleInputsValue = 0;

  /** Up to when (epoch ms) policies' schedules have run; undefined before any emulator ran them. */
  get schedulesRunUpTo(): number | undefined {
    return this.schedulesRunUpToValue;
  }

  /**
   * Grows with every change to what schedules depend on (policies, applications, resources), so that the
   * scheduler knows when to look at them again.
   */
  get scheduleInputsVersion(): number {
    return this.scheduleInputsValue;
  }

  setSchedulesRunUpTo(timeMs: number): void {
    if (timeMs === this.schedulesRunUpToValue) return;
    this.schedulesRunUpToValue = timeMs;
    this.changes.schedulesRunUpTo = true;
  }

  /** The insertion order the next added backup gets. */
  get nextSeq(): number {
    return this.nextSeqValue;
  }

  get folders(): ReadonlyMap<string, Folder> {
    return this.folderMap;
  }
  get instances(): ReadonlyMap<string, Instance> {
    return this.instanceMap;
  }
  get policies(): ReadonlyMap<string, Policy> {
    return this.policyMap;
  }
  /** Activated providers, by `folderId/name`. */
  get providers(): ReadonlyMap<string, ProviderActivation> {
    return this.providerMap;
  }
  /** The names of the providers activated in a folder, in activation order. */
  providersOf(folderId: string): string[] {
    return [...this.providerMap.values()].filter((entry) => entry.folderId === folderId).map((entry) => entry.name);
  }
  /** Registered resources, by computeInstanceId. */
  get resources(): ReadonlyMap<string, ResourceRecord> {
    return this.resourceMap;
  }
  /** Applications, by `policyId/computeInstanceId`. */
  get applications(): ReadonlyMap<string, ApplicationRecord> {
    return this.applicationMap;
  }
  get archives(): ReadonlyMap<string, ArchiveRecord> {
    return this.archiveMap;
  }
  get backups(): ReadonlyMap<string, BackupRecord> {
    return this.backupMap;
  }
  get operations(): ReadonlyMap<string, OperationRecord> {
    return this.operationMap;
  }
  /** Operations not done yet: what the clock has to move. */
  get runningOperations(): ReadonlySet<OperationRecord> {
    return this.runningSet;
  }
  get idempotencyKeys(): ReadonlyMap<string, IdempotencyRecord> {
    return this.idempotencyMap;
  }
  /** Tokens of `getAgentInstallCommand`, by token. */
  get registrationTokens(): ReadonlyMap<string, RegistrationTokenRecord> {
    return this.registrationTokenMap;
  }
  /** Resources whose registration is under way: what the clock has to finish. */
  get registeringResources(): ReadonlySet<ResourceRecord> {
    return this.registeringSet;
  }

  constructor(state: EmulatorState) {
    if (state?.version !== STATE_VERSION) {
      throw new TypeError(
        `emulator state: version ${JSON.stringify(state?.version)} is not supported (this emulator reads version ${STATE_VERSION}); take a new snapshot with this version`,
      );
    }
    this.pageTokenSecret = state.pageTokenSecret;
    this.nextSeqValue = state.nextSeq;
    this.nextTaskSeqValue = state.nextTaskSeq;
    this.schedulesRunUpToValue = schedulesMarkOf(state.schedulesRunUpTo);
    for (const folder of state.folders) this.folderMap.set(folder.id, folder);
    for (const instance of state.instances) this.instanceMap.set(instance.id, instance);
    for (const policy of state.policies) this.policyMap.set(policy.id, policy);
    for (const activation of state.providers) this.providerMap.set(activationKey(activation), activation);
    for (const resource of state.resources) {
      this.resourceMap.set(resource.resource.computeInstanceId, resource);
      if (resource.pendingRegistration) this.registeringSet.add(resource);
    }
    groupInto(this.resourceListings, [...state.resources].sort(compareKeys), (record) => record.folderId);
    const sortedTasks = [...state.tasks].sort(compareKeys);
    for (const task of sortedTasks) this.taskMap.set(task.task.id, task);
    groupInto(this.taskListings, sortedTasks, (record) => record.task.computeInstanceId);
    for (const token of state.registrationTokens) this.registrationTokenMap.set(token.token, token);
    for (const application of state.applications) this.applicationMap.set(applicationKey(application), application);
    for (const archive of state.archives) this.archiveMap.set(archive.archive.id, archive);
    for (const operation of state.operations) {
      this.operationMap.set(operation.operation.id, operation);
      if (!operation.operation.done) this.runningSet.add(operation);
    }
    // A saved state's order is not the time order (SQLite reads by id): sort once so the oldest are in front.
    const finished = state.operations.filter((operation) => operation.operation.done);
    // A time that is not a number would never expire and would hold back everything behind it in the queue.
    for (const operation of finished)
      if (!Number.isFinite(finishedAtMsOf(operation)))
        throw new TypeError(
          `emulator state: operation ${operation.operation.id} is done but its modifiedAt (${JSON.stringify(operation.operation.modifiedAt)}) is not a timestamp; it says when it finished`,
        );
    for (const [key, record] of Object.entries(state.idempotencyKeys))
      if (!Number.isFinite(record.firstUsedAtMs))
        throw new TypeError(
          `emulator state: idempotencyKeys[${JSON.stringify(key)}].firstUsedAtMs must be a number (when the key was first used, in ms since the epoch), got ${JSON.stringify(record.firstUsedAtMs)}; take a new snapshot with this version`,
        );
    finished.sort((left, right) => finishedAtMsOf(left) - finishedAtMsOf(right));
    for (const operation of finished) this.finishedSet.add(operation);
    const keys = Object.entries(state.idempotencyKeys);
    keys.sort(([, left], [, right]) => left.firstUsedAtMs - right.firstUsedAtMs);
    for (const [key, record] of keys) this.idempotencyMap.set(key, record);
    // Sort once and append, instead of inserting 100,000 times.
    const sorted = [...state.backups].sort(compareKeys);
    for (const record of sorted) {
      this.backupMap.set(record.backup.id, record);
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

  /** The resources registered in a folder, oldest registration first. Do not modify. */
  resourcesIn(folderId: string): readonly ResourceRecord[] {
    return this.resourceListings.get(folderId) ?? EMPTY;
  }

  /** The tasks of an instance, oldest first (by enqueuedAt, then number). Do not modify. */
  tasksOf(computeInstanceId: string): readonly TaskRecord[] {
    return this.taskListings.get(computeInstanceId) ?? EMPTY;
  }

  /**
   * Adds a new task: it gets the next number (`seq`, and `id` as its decimal string) and goes into its
   * instance's listing. Returns it.
   */
  addTask(record: TaskRecord): TaskRecord {
    record.seq = this.nextTaskSeqValue++;
    record.task.id = String(record.seq);
    this.changes.nextTaskSeq = true;
    this.taskMap.set(record.task.id, record);
    let listing = this.taskListings.get(record.task.computeInstanceId);
    if (!listing) this.taskListings.set(record.task.computeInstanceId, (listing = []));
    insertSorted(listing, record);
    this.changes.removedTaskIds.delete(record.task.id);
    this.changes.tasks.add(record);
    this.dropTasksBeyondBound(listing);
    return record;
  }

  /**
   * Keeps an instance's newest `TASKS_KEPT_PER_RESOURCE` tasks: the oldest finished ones beyond that go, from its
   * listing, the map and (noted) the file. A running task stays whatever its age: its operation still moves it.
   */
  private dropTasksBeyondBound(listing: TaskRecord[]): void {
    let excess = listing.length - TASKS_KEPT_PER_RESOURCE;
    if (excess <= 0) return;
    const dropped = new Set<TaskRecord>();
    for (const record of listing) {
      if (excess === 0) break;
      if (record.task.status !== "COMPLETED") continue;
      dropped.add(record);
      excess -= 1;
    }
    let kept = 0;
    for (const record of listing) if (!dropped.has(record)) listing[kept++] = record;
    listing.length = kept;
    for (const record of dropped) {
      this.taskMap.delete(record.task.id);
      this.changes.tasks.delete(record);
      this.changes.removedTaskIds.add(record.task.id);
    }
  }

  /** Call after changing a task in place (status, progress, times, result): never its sort key. */
  taskChanged(record: TaskRecord): void {
    forgetWireJson(record.task);
    this.changes.tasks.add(record);
  }

  /** Call after changing a backup record in place (its `deleted` flag). */
  backupChanged(record: BackupRecord): void {
    forgetWireJson(record.backup);
    this.changes.backups.add(record);
  }

  /**
   * Adds a new backup: it gets the next insertion order (`seq`) and goes into every listing it belongs to
   * (folder, instance, archive, policy, resource, instance and policy), in (createdAt, seq) order.
   */
  addBackup(record: BackupRecord): void {
    if (this.backupMap.has(record.backup.id)) throw new Error(`backup ${record.backup.id} exists already`);
    record.seq = this.nextSeqValue++;
    this.changes.nextSeq = true;
    this.backupMap.set(record.backup.id, record);
    for (const key of listingKeysOf(record)) {
      let listing = this.listings.get(key);
      if (!listing) this.listings.set(key, (listing = []));
      insertSorted(listing, record);
    }
    this.changes.removedBackupIds.delete(record.backup.id);
    this.changes.backups.add(record);
  }

  /** Adds an archive, or notes a change made to one in place (its sizes and dates). */
  putArchive(record: ArchiveRecord): void {
    this.archiveMap.set(record.archive.id, record);
    this.changes.archives.add(record);
  }

  removeBackup(record: BackupRecord): void {
    this.backupMap.delete(record.backup.id);
    for (const key of listingKeysOf(record)) {
      const listing = this.listings.get(key);
      if (listing) removeSorted(listing, record);
    }
    this.changes.backups.delete(record);
    this.changes.removedBackupIds.add(record.backup.id);
  }

  addOperation(record: OperationRecord): void {
    this.operationMap.set(record.operation.id, record);
    this.operationChanged(record);
  }

  /** Call after changing an operation record in place (progress, polls, done). */
  operationChanged(record: OperationRecord): void {
    if (record.operation.done) {
      this.runningSet.delete(record);
      // Added once, when it finishes: later changes do not move it back in the queue.
      this.finishedSet.add(record);
    } else this.runningSet.add(record);
    this.changes.operations.add(record);
  }

  /** Adds a policy, or notes a change made to one in place. */
  putPolicy(policy: Policy): void {
    this.scheduleInputsValue++;
    this.policyMap.set(policy.id, policy);
    this.changes.removedPolicyIds.delete(policy.id);
    forgetWireJson(policy);
    this.changes.policies.add(policy);
  }

  removePolicy(policy: Policy): void {
    this.scheduleInputsValue++;
    this.policyMap.delete(policy.id);
    this.changes.policies.delete(policy);
    this.changes.removedPolicyIds.add(policy.id);
  }

  activateProvider(activation: ProviderActivation): void {
    this.providerMap.set(activationKey(activation), activation);
    this.changes.providers.add(activation);
  }

  /** Adds an instance (one an agent registered), or notes a change made to one in place (its resourceId). */
  putInstance(instance: Instance): void {
    this.instanceMap.set(instance.id, instance);
    this.changes.instances.add(instance);
  }

  /** Adds a registration token, or notes a change made to one in place (used). */
  putRegistrationToken(record: RegistrationTokenRecord): void {
    this.registrationTokenMap.set(record.token, record);
    this.changes.registrationTokens.add(record);
  }

  /** Adds a resource, or notes a change made to one in place (a pending registration set or finished too). */
  putResource(record: ResourceRecord): void {
    this.scheduleInputsValue++;
    const id = record.resource.computeInstanceId;
    const previous = this.resourceMap.get(id);
    if (previous !== record) {
      if (previous) {
        removeSorted(this.resourceListings.get(previous.folderId) ?? [], previous);
        this.registeringSet.delete(previous);
      }
      let listing = this.resourceListings.get(record.folderId);
      if (!listing) this.resourceListings.set(record.folderId, (listing = []));
      insertSorted(listing, record);
    }
    if (record.pendingRegistration) this.registeringSet.add(record);
    else this.registeringSet.delete(record);
    this.resourceMap.set(id, record);
    this.changes.removedResourceIds.delete(id);
    forgetWireJson(record.resource);
    this.changes.resources.add(record);
  }

  removeResource(record: ResourceRecord): void {
    this.scheduleInputsValue++;
    const id = record.resource.computeInstanceId;
    this.resourceMap.delete(id);
    removeSorted(this.resourceListings.get(record.folderId) ?? [], record);
    this.registeringSet.delete(record);
    this.changes.resources.delete(record);
    this.changes.removedResourceIds.add(id);
  }

  /** Adds an application, or notes a change made to one in place. */
  putApplication(application: ApplicationRecord): void {
    this.scheduleInputsValue++;
    const key = applicationKey(application);
    this.applicationMap.set(key, application);
    this.changes.removedApplicationKeys.delete(key);
    this.changes.applications.add(application);
  }

  removeApplication(application: ApplicationRecord): void {
    this.scheduleInputsValue++;
    const key = applicationKey(application);
    this.applicationMap.delete(key);
    this.changes.applications.delete(application);
    this.changes.removedApplicationKeys.add(key);
  }

  /** Remembers a key's first use (`record.firstUsedAtMs`, now); a key used again after it expired starts afresh. */
  rememberIdempotencyKey(key: string, record: IdempotencyRecord): void {
    this.forgetExpiredKeys(record.firstUsedAtMs);
    // Deleted first so that a key used again goes to the back, where its new time belongs.
    this.idempotencyMap.delete(key);
    this.idempotencyMap.set(key, record);
    this.changes.removedIdempotencyKeys.delete(key);
    this.changes.idempotencyKeys.add(key);
  }

  /**
   * Drops the Idempotency-Keys and the finished operations past their lifetime at `nowMs`, oldest first, stopping
   * at the first one still kept. Running operations are never dropped (they are not in the finished queue).
   */
  forgetExpired(nowMs: number): void {
    this.forgetExpiredKeys(nowMs);
    for (const record of this.finishedSet) {
      if (!hasExpired(finishedAtMsOf(record), FINISHED_OPERATION_LIFETIME_MS, nowMs)) break;
      this.finishedSet.delete(record);
      this.operationMap.delete(record.operation.id);
      this.changes.operations.delete(record);
      this.changes.removedOperationIds.add(record.operation.id);
    }
  }

  private forgetExpiredKeys(nowMs: number): void {
    for (const [key, record] of this.idempotencyMap) {
      if (!hasExpired(record.firstUsedAtMs, IDEMPOTENCY_KEY_LIFETIME_MS, nowMs)) break;
      this.idempotencyMap.delete(key);
      this.changes.idempotencyKeys.delete(key);
      this.changes.removedIdempotencyKeys.add(key);
    }
  }

  /**
   * Makes the changes since the last commit durable. In memory there is nothing to do; a persistent store
   * writes them here. Called before every answer leaves, so nothing acknowledged is lost.
   */
  commit(): void {
    // Most requests change nothing: keep the empty sets rather than allocate new ones for every answer.
    if (hasChanges(this.changes)) this.changes = noChanges();
  }

  /** A deep copy of everything, as plain JSON. */
  toState(): EmulatorState {
    const state: EmulatorState = {
      version: STATE_VERSION,
      pageTokenSecret: this.pageTokenSecret,
      nextSeq: this.nextSeqValue,
      nextTaskSeq: this.nextTaskSeqValue,
      folders: [...this.folderMap.values()],
      instances: [...this.instanceMap.values()],
      policies: [...this.policyMap.values()],
      providers: [...this.providerMap.values()],
      resources: [...this.resourceMap.values()],
      applications: [...this.applicationMap.values()],
      archives: [...this.archiveMap.values()],
      backups: [...this.backupMap.values()],
      operations: [...this.operationMap.values()],
      tasks: [...this.taskMap.values()],
      idempotencyKeys: Object.fromEntries(this.idempotencyMap),
      registrationTokens: [...this.registrationTokenMap.values()],
      schedulesRunUpTo:
        this.schedulesRunUpToValue === undefined ? null : new Date(this.schedulesRunUpToValue).toISOString(),
    };
    return structuredClone(state);
  }
}
