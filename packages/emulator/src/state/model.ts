// The emulator's world: what the service knows about and the API does not show directly (folders, instances,
// which folder owns a backup). Wire objects (`Backup`, `Archive`, `Operation`) are kept whole, every field set;
// answers leave proto3 defaults out on the way out (src/spec/bundled-spec.ts, by @backup-api/spec-walker), as the service does.
import type {
  Archive,
  Backup,
  Operation,
  PolicyApplication,
  PolicySettings,
  Resource,
  ResourceType,
  Status,
  TenantInfo,
} from "@backup-api/types";

export interface Folder {
  id: string;
  name: string;
  /** No token may read this folder: every call that touches it answers 403 PERMISSION_DENIED. */
  forbidden: boolean;
}

/** A recovery target and backup source: a Compute Cloud VM or a bare-metal server. */
export interface Instance {
  id: string;
  folderId: string;
  name: string;
  /** `COMPUTE` for a VM, `BMS` for a bare-metal server: a backup of one kind cannot be recovered onto the other. */
  kind: Extract<ResourceType, "COMPUTE" | "BMS">;
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
 * which `getResource` adds only when asked). No method creates one: the seed registers its instances, as their
 * agents would have; `deleteResource` removes one (the instance and its backups stay).
 */
export interface ResourceRecord {
  resource: Resource & { computeInstanceId: string; resourceId: string; createdAt: string };
  folderId: string;
  tenantInfo: Required<TenantInfo>;
  /** The sort key of `listResources` (registration time, then insertion order), as backups' listings. */
  createdAtMs: number;
  seq: number;
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
}

export interface IdempotencyRecord {
  /** The request the key was first used with (operation, path parameters, body), canonical JSON. */
  fingerprint: string;
  operationId: string;
}

/** Everything the emulator knows, as plain JSON: what `snapshot()` returns and `restore()` takes. */
export interface EmulatorState {
  /** Bumped when the shape changes, so that an old snapshot is refused with a clear message. */
  version: 5;
  /** Signs page tokens: part of the state, so that a token survives snapshot and restore. */
  pageTokenSecret: string;
  nextSeq: number;
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
  operations: OperationRecord[];
  idempotencyKeys: Record<string, IdempotencyRecord>;
  /**
   * The time (RFC 3339) up to which policies' schedules have run: a run due at or before it was made (or
   * skipped). `null` for a state no emulator has run yet (the seed).
   */
  schedulesRunUpTo: string | null;
}
