// Long-running work: recoveries and deletions that really progress on the emulator's clock (or per poll), and
// whose effects land when they finish: a deleted backup leaves the listings, a recovered instance is free again.
// Nothing runs in the background: every request first brings the running operations up to the clock's time.
import type { Status } from "@backup-api/types";
import type { Caller } from "../http/authenticate.js";
import type { PolicySettings } from "@backup-api/types";
import { DEFAULT_POLICIES } from "../policies/policy-settings.js";
import {
  ACTIVATE_PROVIDER_METADATA_TYPE,
  APPLY_POLICY_METADATA_TYPE,
  DELETE_RESOURCE_METADATA_TYPE,
  EXECUTE_METADATA_TYPE,
  REVOKE_POLICY_METADATA_TYPE,
  CREATE_POLICY_METADATA_TYPE,
  DELETE_BACKUP_METADATA_TYPE,
  DELETE_POLICY_METADATA_TYPE,
  EMPTY_TYPE,
  POLICY_TYPE,
  START_RECOVERY_METADATA_TYPE,
  UPDATE_POLICY_METADATA_TYPE,
} from "../spec/type-urls.js";
import type {
  BackupRecord,
  Instance,
  OperationEffect,
  OperationKind,
  OperationRecord,
  Policy,
  ProviderActivation,
  ResourceRecord,
} from "../state/model.js";
import { applicationKey, type MemoryStore } from "../state/store.js";
import { periodsOfPolicy } from "../backups/retention.js";
import { runPolicy } from "../backups/policy-run.js";
import { markSourceOutdated } from "../resources/outdated-source.js";
import { finishOperationTask, progressOperationTask, startOperationTask } from "../tasks/operation-tasks.js";
import { recordRetentionTask } from "../tasks/policy-run-tasks.js";
import type { EmulatorClock } from "../time/clock.js";
import { newOperationId, newPolicyId } from "./operation-ids.js";
import type { OperationTiming } from "./timing.js";

/**
 * The kinds a cancel stops. A recovery is refused: it is the agent's task writing onto the instance, and the
 * service says its agent's tasks cannot be cancelled.
 */
export const CANCELLABLE: ReadonlySet<OperationKind> = new Set<OperationKind>([
  "delete",
  "createPolicy",
  "updatePolicy",
  "deletePolicy",
  "activateProvider",
  "applyPolicy",
  "revokePolicy",
  "deleteResource",
  "executePolicy",
]);

const EMPTY_RESPONSE = { "@type": EMPTY_TYPE } as const;

const timestamp = (ms: number) => new Date(ms).toISOString();

export class OperationRunner {
  constructor(
    private readonly store: MemoryStore,
    private readonly clock: EmulatorClock,
    private readonly timings: Record<OperationKind, OperationTiming>,
  ) {}

  startRecovery(backup: BackupRecord, target: Instance, caller: Caller, failure?: Status): OperationRecord {
    return this.start("recovery", backup.backup.id, target.id, caller, failure, {
      description: `Recover backup ${backup.backup.id} onto instance ${target.id}`,
      metadata: {
        "@type": START_RECOVERY_METADATA_TYPE,
        progressPercentage: 0,
        srcBackupId: backup.backup.id,
        dstComputeInstanceId: target.id,
      },
    });
  }

  startDelete(backup: BackupRecord, caller: Caller, failure?: Status): OperationRecord {
    backup.backup.deleted = true;
    this.store.backupChanged(backup);
    return this.start("delete", backup.backup.id, backup.backup.computeInstanceId, caller, failure, {
      description: `Delete backup ${backup.backup.id}`,
      metadata: {
        "@type": DELETE_BACKUP_METADATA_TYPE,
        computeInstanceId: backup.backup.computeInstanceId,
        backupId: backup.backup.id,
      },
    });
  }

  /** Starts creating a policy; it exists once the operation is done. `metadata.policyId` names it at once. */
  startCreatePolicy(
    request: { folderId: string; name: string; settings: PolicySettings },
    caller: Caller,
    failure?: Status,
  ): OperationRecord {
    const at = timestamp(this.clock.now());
    const policy: Policy = {
      id: newPolicyId(),
      folderId: request.folderId,
      name: request.name,
      createdAt: at,
      updatedAt: at,
      enabled: true,
      settings: request.settings,
    };
    return this.start("createPolicy", "", "", caller, failure, {
      description: "create policy",
      metadata: { "@type": CREATE_POLICY_METADATA_TYPE, policyId: policy.id },
      effect: { policy },
    });
  }

  /** Starts replacing a policy's settings; they change once the operation is done. */
  startUpdatePolicy(policy: Policy, settings: PolicySettings, caller: Caller, failure?: Status): OperationRecord {
    return this.start("updatePolicy", "", "", caller, failure, {
      description: "update policy",
      metadata: { "@type": UPDATE_POLICY_METADATA_TYPE, policyId: policy.id },
      effect: { policy, settings },
    });
  }

  /** Starts deleting a policy; it is gone once the operation is done. */
  startDeletePolicy(policy: Policy, caller: Caller, failure?: Status): OperationRecord {
    return this.start("deletePolicy", "", "", caller, failure, {
      description: "delete policy",
      metadata: { "@type": DELETE_POLICY_METADATA_TYPE, policyId: policy.id },
      effect: { policy },
    });
  }

  /** Starts activating a provider in a folder, with its default policies unless `skipDefaultPolicy`. */
  startActivateProvider(
    activation: ProviderActivation,
    skipDefaultPolicy: boolean,
    caller: Caller,
    failure?: Status,
  ): OperationRecord {
    const at = timestamp(this.clock.now());
    const defaultPolicies = skipDefaultPolicy
      ? []
      : DEFAULT_POLICIES.map(({ name, settings }) => ({
          id: newPolicyId(),
          folderId: activation.folderId,
          name,
          createdAt: at,
          updatedAt: at,
          enabled: true,
          settings: settings(),
        }));
    return this.start("activateProvider", "", "", caller, failure, {
      description: "activate provider",
      metadata: { "@type": ACTIVATE_PROVIDER_METADATA_TYPE, folderId: activation.folderId },
      effect: { activation, defaultPolicies },
    });
  }

  /** Starts removing a resource from the service; it is gone once the operation is done (its backups stay). */
  startDeleteResource(resource: ResourceRecord, caller: Caller, failure?: Status): OperationRecord {
    const { computeInstanceId, resourceId } = resource.resource;
    return this.start("deleteResource", "", computeInstanceId, caller, failure, {
      description: "delete resource",
      metadata: { "@type": DELETE_RESOURCE_METADATA_TYPE, computeInstanceId },
      effect: { resource: { computeInstanceId, resourceId } },
    });
  }

  /**
   * Starts applying a policy to an instance: the application is listed at once as processing (with
   * `showProcessing=true`), and becomes `OK` once the operation is done; a failed operation removes it.
   */
  startApplyPolicy(policy: Policy, computeInstanceId: string, caller: Caller, failure?: Status): OperationRecord {
    this.store.putApplication({
      policyId: policy.id,
      computeInstanceId,
      enabled: false,
      status: "STATUS_UNSPECIFIED",
      createdAt: timestamp(this.clock.now()),
      isProcessing: true,
    });
    return this.start("applyPolicy", "", computeInstanceId, caller, failure, {
      description: "apply policy",
      metadata: { "@type": APPLY_POLICY_METADATA_TYPE, policyId: policy.id, computeInstanceId },
      effect: { application: { policyId: policy.id, computeInstanceId } },
    });
  }

  /** Starts revoking a policy from an instance; the application is gone once the operation is done. */
  startRevokePolicy(policy: Policy, computeInstanceId: string, caller: Caller, failure?: Status): OperationRecord {
    return this.start("revokePolicy", "", computeInstanceId, caller, failure, {
      description: "revoke policy",
      metadata: { "@type": REVOKE_POLICY_METADATA_TYPE, policyId: policy.id, computeInstanceId },
      effect: { application: { policyId: policy.id, computeInstanceId } },
    });
  }

  /**
   * Starts backing up an instance under a policy: the resource reads BACKUPING (with the operation's progress)
   * while it runs; the backup exists once it is done. A failure leaves no backup and the resource FAILED.
   */
  startExecutePolicy(policy: Policy, computeInstanceId: string, caller: Caller, failure?: Status): OperationRecord {
    return this.start("executePolicy", "", computeInstanceId, caller, failure, {
      description: "execute policy",
      metadata: {
        "@type": EXECUTE_METADATA_TYPE,
        policyId: policy.id,
        computeInstanceId,
        progressPercentage: 0,
      },
      effect: { execution: { policyId: policy.id, computeInstanceId } },
    });
  }

  /** The first running operation that `matches`: read from the store's set as it is, without a copy of it. */
  private findRunning(matches: (record: OperationRecord) => boolean): OperationRecord | undefined {
    for (const record of this.store.runningOperations) if (matches(record)) return record;
    return undefined;
  }

  /** The execution running on this instance, if any. */
  executionOn(computeInstanceId: string): OperationRecord | undefined {
    return this.findRunning(
      (record) => record.kind === "executePolicy" && record.computeInstanceId === computeInstanceId,
    );
  }

  /** An application or revocation running on this policy and instance, if any. */
  runningOnApplication(policyId: string, computeInstanceId: string): OperationRecord | undefined {
    return this.findRunning(
      (record) =>
        record.effect?.application?.policyId === policyId &&
        record.effect.application.computeInstanceId === computeInstanceId,
    );
  }

  /** A resource deletion running on this instance, if any. */
  deletionOfResource(computeInstanceId: string): OperationRecord | undefined {
    return this.findRunning(
      (record) => record.kind === "deleteResource" && record.computeInstanceId === computeInstanceId,
    );
  }

  /** A policy operation running on this policy, if any. */
  runningOnPolicy(policyId: string): OperationRecord | undefined {
    return this.findRunning((record) => record.effect?.policy?.id === policyId);
  }

  /** An activation running in this folder, if any. */
  activationIn(folderId: string): OperationRecord | undefined {
    return this.findRunning(
      (record) => record.kind === "activateProvider" && record.effect?.activation?.folderId === folderId,
    );
  }

  /** The recovery running onto this instance, if any. */
  recoveryOnto(instanceId: string): OperationRecord | undefined {
    return this.findRunning((record) => record.kind === "recovery" && record.computeInstanceId === instanceId);
  }

  /** Any operation running on this backup. */
  runningOn(backupId: string): OperationRecord | undefined {
    return this.findRunning((record) => record.backupId !== "" && record.backupId === backupId);
  }

  /** Brings every running operation up to the clock's time. */
  advance(): void {
    for (const record of [...this.store.runningOperations]) this.update(record);
  }

  /** A `GET /operations/{id}`: counts as a poll, then reads the operation's state. */
  poll(record: OperationRecord): OperationRecord {
    if (!record.operation.done) {
      record.polls += 1;
      this.store.operationChanged(record);
      this.update(record);
    }
    return record;
  }

  /**
   * A `GET /operations/{id}:cancel`: stops a running operation of a cancellable kind — done, with error CANCELLED
   * (code 1), its effect never landing (what it did at start undone) — or says why it cannot: the reason, or
   * undefined once cancelled. The caller brings the operation up to the clock first.
   */
  cancel(record: OperationRecord): string | undefined {
    const { operation } = record;
    if (operation.done) return `Operation ${operation.id} is already done`;
    if (!CANCELLABLE.has(record.kind))
      return `Operation ${operation.id} (${record.kind}) cannot be cancelled: the agent's tasks cannot be cancelled`;
    if (record.kind === "delete") {
      const backup = this.store.backups.get(record.backupId);
      if (backup) {
        backup.backup.deleted = false;
        this.store.backupChanged(backup);
      }
    }
    if (record.kind === "applyPolicy") {
      const application = this.store.applications.get(applicationKey(record.effect!.application!));
      if (application?.isProcessing) this.store.removeApplication(application);
    }
    const now = this.clock.now();
    operation.error = { code: 1, message: "Operation cancelled" };
    operation.done = true;
    operation.modifiedAt = timestamp(Math.max(now, record.startedAtMs));
    this.store.operationChanged(record);
    finishOperationTask(this.store, record, {
      resultCode: "CANCELLED",
      error: `Cancelled with operation ${operation.id}`,
      atMs: now,
    });
    return undefined;
  }

  private start(
    kind: OperationKind,
    backupId: string,
    computeInstanceId: string,
    caller: Caller,
    failure: Status | undefined,
    wire: { description: string; metadata: Record<string, unknown>; effect?: OperationEffect },
  ): OperationRecord {
    const now = this.clock.now();
    const timing = this.timings[kind];
    const record: OperationRecord = {
      operation: {
        id: newOperationId(),
        description: wire.description,
        createdAt: timestamp(now),
        createdBy: caller.subjectId,
        modifiedAt: timestamp(now),
        done: false,
        metadata: wire.metadata as OperationRecord["operation"]["metadata"],
      },
      kind,
      backupId,
      computeInstanceId,
      ...(wire.effect && { effect: wire.effect }),
      startedAtMs: now,
      durationMs: timing.durationMs ?? 0,
      pollsToFinish: timing.completeAfterPolls,
      polls: 0,
      failure,
    };
    this.store.addOperation(record);
    startOperationTask(this.store, record);
    return record;
  }

  /** Fraction of the work done, 0..1. */
  private progressOf(record: OperationRecord, now: number): number {
    if (record.pollsToFinish !== undefined) return Math.min(1, record.polls / record.pollsToFinish);
    if (record.durationMs === 0) return 1;
    return Math.min(1, Math.max(0, (now - record.startedAtMs) / record.durationMs));
  }

  private update(record: OperationRecord): void {
    const now = this.clock.now();
    const progress = this.progressOf(record, now);
    const { operation } = record;
    const metadata = operation.metadata as { progressPercentage?: number } | undefined;
    if (progress >= 1) {
      this.finish(record, now);
      return;
    }
    progressOperationTask(this.store, record, progress, now);
    if (metadata && "progressPercentage" in metadata) {
      // Shown as whole percents that only grow; 100 is kept for done.
      const percentage = Math.min(99, Math.floor(progress * 100));
      if (percentage > (metadata.progressPercentage ?? 0)) {
        metadata.progressPercentage = percentage;
        operation.modifiedAt = timestamp(now);
        this.store.operationChanged(record);
      }
    }
  }

  /** The effect of a policy or provider operation; the `response` of create and update: the policy as it is. */
  private land(record: OperationRecord, now: number): OperationRecord["operation"]["response"] | undefined {
    if (record.kind === "recovery") {
      const backup = this.store.backups.get(record.backupId);
      if (backup) markSourceOutdated(this.store, backup, record.computeInstanceId, Math.max(now, record.startedAtMs));
      return undefined;
    }
    const effect = record.effect;
    if (!effect) return undefined;
    const packed = (policy: Policy) =>
      ({ "@type": POLICY_TYPE, ...structuredClone(policy) }) as OperationRecord["operation"]["response"];
    switch (record.kind) {
      case "createPolicy": {
        const policy = structuredClone(effect.policy!);
        this.store.putPolicy(policy);
        return packed(policy);
      }
      case "updatePolicy": {
        const policy = this.store.policies.get(effect.policy!.id);
        // Deleted meanwhile (a deletion started after this update finished first): nothing to update.
        if (!policy) return undefined;
        policy.settings = structuredClone(effect.settings!);
        policy.updatedAt = timestamp(Math.max(now, record.startedAtMs));
        this.store.putPolicy(policy);
        return packed(policy);
      }
      case "deletePolicy": {
        const policy = this.store.policies.get(effect.policy!.id);
        if (policy) {
          // Revoked from its instances in the same step.
          for (const application of [...this.store.applications.values()])
            if (application.policyId === policy.id) this.store.removeApplication(application);
          this.store.removePolicy(policy);
        }
        return undefined;
      }
      case "deleteResource": {
        const resource = this.store.resources.get(effect.resource!.computeInstanceId);
        if (resource && resource.resource.resourceId === effect.resource!.resourceId) {
          // Its applications go with it; its backups and archives stay.
          for (const application of [...this.store.applications.values()])
            if (application.computeInstanceId === resource.resource.computeInstanceId)
              this.store.removeApplication(application);
          this.store.removeResource(resource);
        }
        return undefined;
      }
      case "applyPolicy": {
        const application = this.store.applications.get(applicationKey(effect.application!));
        // Gone meanwhile (its policy or resource deleted): nothing to finish.
        if (application) {
          application.enabled = true;
          application.status = "OK";
          application.isProcessing = false;
          this.store.putApplication(application);
        }
        return undefined;
      }
      case "revokePolicy": {
        const application = this.store.applications.get(applicationKey(effect.application!));
        if (application) this.store.removeApplication(application);
        return undefined;
      }
      case "activateProvider": {
        this.store.activateProvider(structuredClone(effect.activation!));
        for (const policy of effect.defaultPolicies ?? []) this.store.putPolicy(structuredClone(policy));
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * The backup of a finished execution, with the resource's last backup time and status; undefined when its
   * policy or instance is gone meanwhile (no backup then).
   */
  private landExecution(record: OperationRecord, now: number): BackupRecord | undefined {
    const { policyId, computeInstanceId } = record.effect!.execution!;
    const policy = this.store.policies.get(policyId);
    const instance = this.store.instances.get(computeInstanceId);
    if (!policy || !instance) return undefined;
    const at = Math.max(now, record.startedAtMs);
    const run = runPolicy(this.store, policy, instance, record.operation.id, at, {
      periods: periodsOfPolicy(policy),
      isBusy: (backupId) => this.runningOn(backupId) !== undefined,
    });
    // The backup's task is the operation's own (finished by the caller); the retention pass leaves one of its own.
    recordRetentionTask(this.store, run.retention);
    const resource = this.store.resources.get(computeInstanceId);
    if (resource) {
      resource.resource.lastBackupTime = timestamp(at);
      resource.resource.status = "IDLE";
      resource.resource.statusDetails = "";
      resource.resource.statusProgress = "0";
      this.store.putResource(resource);
    }
    return run.backup;
  }

  private finish(record: OperationRecord, now: number): void {
    const { operation } = record;
    const metadata = operation.metadata as { progressPercentage?: number } | undefined;
    const backup = record.backupId === "" ? undefined : this.store.backups.get(record.backupId);
    if (record.failure) {
      operation.error = record.failure;
      if (record.kind === "delete" && backup) {
        backup.backup.deleted = false;
        this.store.backupChanged(backup);
      }
      if (record.kind === "applyPolicy") {
        // A failed application leaves nothing behind.
        const application = this.store.applications.get(applicationKey(record.effect!.application!));
        if (application?.isProcessing) this.store.removeApplication(application);
      }
      if (record.kind === "executePolicy") {
        // No backup; the resource says what went wrong, as the service shows a failed task.
        const resource = this.store.resources.get(record.computeInstanceId);
        if (resource) {
          resource.resource.status = "FAILED";
          resource.resource.statusDetails = `Backup under policy ${record.effect!.execution!.policyId} failed: ${record.failure.message ?? "unknown error"}`;
          resource.resource.statusProgress = "0";
          this.store.putResource(resource);
        }
      }
      finishOperationTask(this.store, record, {
        resultCode: "ERROR",
        error: record.failure.message || `Operation ${operation.id} failed`,
        atMs: now,
      });
    } else if (record.kind === "executePolicy") {
      const made = this.landExecution(record, now);
      operation.response = EMPTY_RESPONSE;
      if (metadata && "progressPercentage" in metadata) metadata.progressPercentage = 100;
      finishOperationTask(
        this.store,
        record,
        made
          ? { resultCode: "OK", error: "", atMs: now, backup: made }
          : {
              resultCode: "ERROR",
              error: `Policy ${record.effect!.execution!.policyId} was deleted before the backup ran`,
              atMs: now,
            },
      );
    } else {
      operation.response = this.land(record, now) ?? EMPTY_RESPONSE;
      if (metadata && "progressPercentage" in metadata) metadata.progressPercentage = 100;
      if (record.kind === "delete" && backup) this.store.removeBackup(backup);
      finishOperationTask(this.store, record, { resultCode: "OK", error: "", atMs: now });
    }
    operation.done = true;
    operation.modifiedAt = timestamp(Math.max(now, record.startedAtMs));
    this.store.operationChanged(record);
  }
}
