// The emulator as a target: served over HTTP for the run, its fixture ids read from its seed.
import type { Emulator } from "@backup-api/emulator";
import { serveEmulator } from "@backup-api/emulator/node";
import type { FixtureIds } from "./fixture-ids.js";

/**
 * Enough backups for a listAll over thousands; operations finish at once, so test files do not wait on each other.
 * The clock is manual (it starts at the real time and stands still): the seed's policies run on the emulator's
 * clock, and a scheduled run coming due while the suite ran would add backups (and its retention remove some)
 * under the tests' feet.
 */
export const EMULATOR_OPTIONS = {
  seed: { backups: 2_500 },
  clock: { manual: true },
  operations: {
    recovery: { durationMs: 0 },
    delete: { durationMs: 0 },
    // Done at the first poll (every wait polls), so that the policy creation the setup starts for
    // cancelOperation stays running until the cancel: nothing else polls it.
    createPolicy: { completeAfterPolls: 1 },
    updatePolicy: { durationMs: 0 },
    deletePolicy: { durationMs: 0 },
    activateProvider: { durationMs: 0 },
    deleteResource: { durationMs: 0 },
    applyPolicy: { durationMs: 0 },
    revokePolicy: { durationMs: 0 },
    executePolicy: { durationMs: 0 },
  },
};

async function json(emulator: Emulator, path: string, init: RequestInit = {}): Promise<any> {
  const response = await emulator.fetch(`http://emulator.local${path}`, {
    ...init,
    headers: { authorization: "Bearer setup", "content-type": "application/json", ...init.headers },
  });
  if (!response.ok)
    throw new Error(`emulator target setup: ${path} answered ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Picks the ids from the seed: two COMPUTE backups of different instances (one to read, one to delete, whose
 * instance's registration deleteResource removes — its backups stay, so the backup deletion still finds it); the
 * folder's policy the read backup was made under (to read and update) and another of its policies (to delete);
 * a readable folder whose provider is not activated (to activate); a policy applied to nothing and an instance no
 * other call uses (to apply), an application of a third policy to such an instance (to revoke), and another
 * application (to execute); a policy creation left running (to cancel).
 */
export async function emulatorFixtureIds(emulator: Emulator): Promise<FixtureIds> {
  const state = emulator.snapshot();
  const folder = state.folders.find(
    (candidate) => !candidate.forbidden && state.backups.some((record) => record.folderId === candidate.id),
  )!;
  const live = state.backups.filter(
    (record) => record.folderId === folder.id && !record.backup.deleted && record.resourceType === "COMPUTE",
  );
  const read = live[0]!;
  const deletablePolicy = state.policies.find(
    (policy) => policy.folderId === folder.id && policy.id !== read.backup.policyId,
  )!;
  const activatable = state.folders.find(
    (candidate) => !candidate.forbidden && !state.providers.some((activation) => activation.folderId === candidate.id),
  )!;
  const deletable = live.find((record) => record.backup.computeInstanceId !== read.backup.computeInstanceId)!;
  const untouched = (instanceId: string) =>
    instanceId !== read.backup.computeInstanceId && instanceId !== deletable.backup.computeInstanceId;
  // applyPolicy: a policy applied to nothing yet (one the activation made), onto an instance no other call uses.
  const applicablePolicy = state.policies.find(
    (policy) =>
      policy.folderId === folder.id &&
      policy.id !== deletablePolicy.id &&
      !state.applications.some((application) => application.policyId === policy.id),
  )!;
  const applicableInstance = state.resources.find(
    (resource) => resource.folderId === folder.id && untouched(resource.resource.computeInstanceId),
  )!;
  // revokePolicy: an application no other call reads, deletes or revokes otherwise.
  const revocable = state.applications.find(
    (application) =>
      application.policyId !== read.backup.policyId &&
      application.policyId !== deletablePolicy.id &&
      state.policies.some((policy) => policy.id === application.policyId && policy.folderId === folder.id) &&
      untouched(application.computeInstanceId),
  )!;
  // executePolicy: another application of the folder, that no other call reads, deletes or revokes (its new
  // backup then changes no listing another test reads); the read backup's own pair if there is none.
  const executable = state.applications.find(
    (application) =>
      application !== revocable &&
      application.policyId !== read.backup.policyId &&
      application.policyId !== deletablePolicy.id &&
      application.policyId !== revocable.policyId &&
      application.computeInstanceId !== revocable.computeInstanceId &&
      state.policies.some((policy) => policy.id === application.policyId && policy.folderId === folder.id) &&
      untouched(application.computeInstanceId),
  ) ?? { policyId: read.backup.policyId, computeInstanceId: read.backup.computeInstanceId };
  const disks = await json(emulator, `/backup/v1/backups/${read.backup.id}/files?folderId=${folder.id}`);
  // An operation for getOperation to read: a recovery of a third backup, which finishes at once.
  const spare = live.find((record) => record !== read && record !== deletable)!;
  const operation = await json(emulator, `/backup/v1/backups/${spare.backup.id}:startRecovery`, {
    method: "POST",
    body: JSON.stringify({ computeInstanceId: spare.backup.computeInstanceId }),
  });
  // An operation for cancelOperation: a policy creation nobody polls (so still running), which lands nothing.
  const { settings } = await json(emulator, `/backup/v1/policies/${read.backup.policyId}`);
  const cancellable = await json(emulator, "/backup/v1/policies", {
    method: "POST",
    headers: { "idempotency-key": "00000000-0000-4000-8000-00000000ca2c" },
    body: JSON.stringify({ folderId: folder.id, name: "cancelled-by-the-agreement-suite", settings }),
  });
  return {
    backupId: read.backup.id,
    folderId: folder.id,
    computeInstanceId: read.backup.computeInstanceId,
    archiveId: read.backup.archiveId,
    policyId: read.backup.policyId,
    resourceId: read.backup.resourceId,
    sourceId: disks.files[0].id,
    operationId: operation.id,
    cancellableOperationId: cancellable.id,
    deletableBackupId: deletable.backup.id,
    deletableComputeInstanceId: deletable.backup.computeInstanceId,
    deletableResourceId: deletable.backup.resourceId,
    deletablePolicyId: deletablePolicy.id,
    applicablePolicyId: applicablePolicy.id,
    applicableComputeInstanceId: applicableInstance.resource.computeInstanceId,
    revocablePolicyId: revocable.policyId,
    revocableComputeInstanceId: revocable.computeInstanceId,
    executablePolicyId: executable.policyId,
    executableComputeInstanceId: executable.computeInstanceId,
    activatableFolderId: activatable.id,
  };
}

export async function startEmulatorTarget() {
  const running = await serveEmulator({ port: 0, ...EMULATOR_OPTIONS });
  const ids = await emulatorFixtureIds(running.emulator);
  // executePolicy runs retention after its backup, and the pair it executes is the read backup's own (the seed has
  // no other free application), whose policy the update call gives the example's "keep 7": the read backup, its
  // chain's oldest, would go. So it executes a copy of that policy keeping every backup, applied to the same
  // instance: one new backup in a new archive, nothing removed.
  const state = running.emulator.snapshot();
  const original = state.policies.find((policy) => policy.id === ids.executablePolicyId)!;
  const executable = structuredClone(original);
  executable.id = "cbqagreementsuite001";
  executable.name = "executed-by-the-agreement-suite";
  executable.settings.retention = { ...executable.settings.retention, rules: [] };
  state.policies.push(executable);
  state.applications.push({
    policyId: executable.id,
    computeInstanceId: ids.executableComputeInstanceId!,
    enabled: true,
    status: "OK",
    createdAt: executable.createdAt,
    isProcessing: false,
  });
  running.emulator.restore(state);
  return { running, ids: { ...ids, executablePolicyId: executable.id } };
}
