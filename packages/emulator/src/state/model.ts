// The emulator's world: what the service knows about and the API does not show directly (folders, instances,
// which folder owns a backup). Wire objects (`Backup`, `Archive`, `Operation`) are kept whole, every field set;
// answers leave proto3 defaults out on the way out (src/spec/bundled-spec.ts, by @backup-api/spec-walker), as the service does.
import type {
  AgentInstallCommandType,
  Archive,
  Backup,
  Operation,
  PolicyApplication,
  PolicySettings,
  Resource,
  ResourceType,
  Status,
  Task,
  TenantInfo,
} from "@backup-api/types";

export interface Folder {
  id: string;
  name: string;
  /** No token may read this folder: every call that touches it answers 403 PERMISSION_DENIED. */
  forbidden: boolean;
}

/** The kinds of machine a backup agent runs on (`Resource.type`, `list`'s `type`). */
export type InstanceKind = Exclude<ResourceType, "RESOURCE_TYPE_UNSPECIFIED">;

/**
 * A recovery target and backup source: a Compute Cloud VM, a bare-metal server, or a machine outside the cloud
 * whose agent was installed by `getAgentInstallCommand`'s command.
 */
export interface Instance {
  id: string;
  folderId: string;
  name: string;
  /** A backup of one kind cannot be recovered onto an instance of another kind. */
  kind: InstanceKind;
  /** The instance's registered resource in the backup service (`Backup.resourceId`). */
  resourceId: string;
}

/** A backup policy, as the wire's `Policy` with every field set. */
export interface Policy {
  id: string;
  folderId: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  enabled: boolean;
  settings: PolicySettings;
}

/**
 * An instance's registration with the backup service (the wire's `Resource`, every field set but `tenantInfo`,
 * which `getResource` adds only when asked). No API method creates one: the seed registers its instances, as
 * their agents would have, and the control surface's `agents.register` does what an agent does; `deleteResource`
 * removes one (the instance and its backups stay).
 */
export interface ResourceRecord {
  resource: Resource & { computeInstanceId: string; resourceId: string; createdAt: string };
  folderId: string;
  tenantInfo: Required<TenantInfo>;
  /** The sort key of `listResources` (registration time, then insertion order), as backups' listings. */
  createdAtMs: number;
  seq: number;
  /** Set while the agent is registering (`initStatus: REGISTERING`); gone once `REGISTRED`. */
  pendingRegistration?: PendingRegistration;
}

/** A registration under way: when it completes on the emulator's clock, and what is applied then. */
export interface PendingRegistration {
  completesAtMs: number;
  /** The policies of the registration token, applied (status OK) when the registration completes. */
  policyIds: string[];
}

/**
 * A registration token carried by a command of `getAgentInstallCommand`. Single use: `usedBy` names the instance
 * it registered. It expires `registration.tokenLifetimeMs` after it was issued, on the emulator's clock.
 */
export interface RegistrationTokenRecord {
  token: string;
  folderId: string;
  type: Exclude<AgentInstallCommandType, "AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED">;
  policyIds: string[];
  issuedAt: string;
  issuedAtMs: number;
  /** The instance it registered; "" while unused. */
  usedBy: string;
}

/** A policy bound to an instance (`applyPolicy`), as the wire's `PolicyApplication` with every field set. */
export type ApplicationRecord = Required<PolicyApplication>;

/** A backup provider activated in a folder (`activateProvider`): policies can then be managed there. */
export interface ProviderActivation {
  folderId: string;
  /** The provider's name, as given in the path (`cyberprotect`). */
  name: string;
}

export interface ArchiveRecord {
  archive: Required<Archive>;
  folderId: string;
  policyId: string;
}

export interface BackupRecord {
  backup: Required<Backup>;
  folderId: string;
  /** The kind of the backed-up resource, which `list`'s `type` filters on. */
  resourceType: ResourceType;
  /** Insertion order: breaks ties between equal `createdAt` so that page tokens have a total order. */
  seq: number;
  /** `createdAt` in milliseconds, the sort key of every listing. */
  createdAtMs: number;
}

/**
 * A task the agent ran (or runs) on an instance's resource: the wire's `Task`, every field set, plus its sort key.
 * Made and moved only by src/tasks/task-log.ts.
 */
export interface TaskRecord {
  /** Every field set, but `completedAt` until it completes (a timestamp has no empty value on the wire). */
  task: Required<Omit<Task, "completedAt">> & Pick<Task, "completedAt">;
  /** The task's number (its `id` is its decimal string): increasing, it breaks ties between equal times. */
  seq: number;
  /** `enqueuedAt` in milliseconds, the sort key of `listResourceTasks` (newest first). */
  createdAtMs: number;
}

export type OperationKind =
  | "recovery"
  | "delete"
  | "createPolicy"
  | "updatePolicy"
  | "deletePolicy"
  | "activateProvider"
  | "deleteResource"
  | "applyPolicy"
  | "revokePolicy"
  | "executePolicy";

/** What a policy or provider operation does when it finishes. */
export interface OperationEffect {
  /** The policy created, updated or deleted (create: the whole policy to add, timestamps set on finish). */
  policy?: Policy;
  /** updatePolicy: the settings that replace the policy's. */
  settings?: PolicySettings;
  /** activateProvider: the activation, and the default policies it creates (none with skipDefaultPolicy). */
  activation?: ProviderActivation;
  defaultPolicies?: Policy[];
  /** deleteResource: the resource removed. */
  resource?: { computeInstanceId: string; resourceId: string };
  /** applyPolicy and revokePolicy: the application made or undone. */
  application?: { policyId: string; computeInstanceId: string };
  /** executePolicy: the policy and instance backed up (the backup is made when the operation finishes). */
  execution?: { policyId: string; computeInstanceId: string };
}

export interface OperationRecord {
  operation: Operation & { id: string; done: boolean };
  kind: OperationKind;
  /**
   * recovery and delete: the backup, and the instance recovered onto or deleted from; deleteResource, applyPolicy
   * and revokePolicy: the instance worked on (backupId ""); "" otherwise.
   */
  backupId: string;
  computeInstanceId: string;
  /** Policy and provider operations: what lands when it finishes. */
  effect?: OperationEffect;
  startedAtMs: number;
  /** Wall-clock length of the work; ignored when `pollsToFinish` is set. */
  durationMs: number;
  /** Finish after this many `GET /operations/{id}` instead of after `durationMs`. */
  pollsToFinish: number | undefined;
  polls: number;
  /** How it ends: `undefined` for success, a Status for a failure injected by a fault. */
  failure: Status | undefined;
  /** The task the operation shows on a resource (executePolicy, recovery, applyPolicy, revokePolicy), if any. */
  taskId?: string;
}

export interface IdempotencyRecord {
  /** The request the key was first used with (operation, path parameters, body), canonical JSON. */
  fingerprint: string;
  operationId: string;
  /** When the key was first used, on the emulator's clock: it expires `IDEMPOTENCY_KEY_LIFETIME_MS` later. */
  firstUsedAtMs: number;
}

/** Everything the emulator knows, as plain JSON: what `snapshot()` returns and `restore()` takes. */
export interface EmulatorState {
  /** Bumped when the shape changes, so that an old snapshot is refused with a clear message. */
  version: 5;
  /** Signs page tokens: part of the state, so that a token survives snapshot and restore. */
  pageTokenSecret: string;
  nextSeq: number;
  /** The number the next task gets (task ids are increasing int64 strings). */
  nextTaskSeq: number;
  folders: Folder[];
  instances: Instance[];
  policies: Policy[];
  /** The providers activated, per folder. */
  providers: ProviderActivation[];
  /** Instances registered with the backup service. */
  resources: ResourceRecord[];
  /** Policies applied to instances (processing ones too). */
  applications: ApplicationRecord[];
  archives: ArchiveRecord[];
  backups: BackupRecord[];
  /** Running ones, and finished ones for `FINISHED_OPERATION_LIFETIME_MS` after they finished. */
  operations: OperationRecord[];
  /** Each instance's newest tasks (`TASKS_KEPT_PER_RESOURCE`), kept after their backup is deleted. */
  tasks: TaskRecord[];
  /** Keys used in the last `IDEMPOTENCY_KEY_LIFETIME_MS`. */
  idempotencyKeys: Record<string, IdempotencyRecord>;
  /** Tokens issued by `getAgentInstallCommand`, used or not. */
  registrationTokens: RegistrationTokenRecord[];
  /**
   * The time (RFC 3339) up to which policies' schedules have run: a run due at or before it was made (or
   * skipped). `null` for a state no emulator has run yet (the seed).
   */
  schedulesRunUpTo: string | null;
}
