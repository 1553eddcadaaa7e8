// How to make each operation of the spec through @backup-api/client. Keyed by operationId: an operation the
// spec gains without an entry here makes the agreement suite fail ("no contract coverage").
import {
  type BackupClient,
  type CallOptions,
  createBackupClient,
  policySettings,
  type WithResponse,
} from "@backup-api/client";
import type { FixtureIds } from "./fixture-ids.js";
import type { Target } from "./target.js";

type Call = (
  client: BackupClient,
  ids: FixtureIds,
  options: CallOptions & { withResponse: true },
) => Promise<WithResponse<unknown>>;

export interface ClientCall {
  /** Reads nothing but data: safe against any target. */
  readOnly: boolean;
  call: Call;
}

/** The backup provider to activate: the only one the service's docs name, as the spec's examples spell it. */
const PROVIDER = "cyberprotect";
/** Settings for createPolicy and updatePolicy, as a client builds them: Prism checks them against the spec. */
const settings = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });

export const clientCalls: Record<string, ClientCall> = {
  list: { readOnly: true, call: (c, ids, o) => c.backups.list({ folderId: ids.folderId }, o) },
  get: { readOnly: true, call: (c, ids, o) => c.backups.get({ backupId: ids.backupId, folderId: ids.folderId }, o) },
  listArchives: {
    readOnly: true,
    call: (c, ids, o) =>
      c.backups.listArchives({ computeInstanceId: ids.computeInstanceId, folderId: ids.folderId }, o),
  },
  listFiles: {
    readOnly: true,
    call: (c, ids, o) => c.backups.listFiles({ backupId: ids.backupId, folderId: ids.folderId }, o),
  },
  startRecovery: {
    readOnly: false,
    call: (c, ids, o) =>
      c.backups.startRecovery({ backupId: ids.backupId, computeInstanceId: ids.computeInstanceId }, o),
  },
  delete: {
    readOnly: false,
    call: (c, ids, o) =>
      c.backups.delete({ computeInstanceId: ids.deletableComputeInstanceId, backupId: ids.deletableBackupId }, o),
  },
  getOperation: { readOnly: true, call: (c, ids, o) => c.operations.get(ids.operationId, o) },
  cancelOperation: {
    readOnly: false,
    call: (c, ids, o) => c.operations.cancel(ids.cancellableOperationId ?? ids.operationId, o),
  },
  listPolicies: { readOnly: true, call: (c, ids, o) => c.policies.list({ folderId: ids.folderId }, o) },
  createPolicy: {
    readOnly: false,
    call: (c, ids, o) => c.policies.create({ folderId: ids.folderId, name: "contract-test", settings }, o),
  },
  getPolicy: { readOnly: true, call: (c, ids, o) => c.policies.get({ policyId: ids.policyId }, o) },
  updatePolicy: { readOnly: false, call: (c, ids, o) => c.policies.update({ policyId: ids.policyId, settings }, o) },
  deletePolicy: {
    readOnly: false,
    call: (c, ids, o) => c.policies.delete({ policyId: ids.deletablePolicyId }, o),
  },
  applyPolicy: {
    readOnly: false,
    call: (c, ids, o) =>
      c.policies.apply(
        {
          policyId: ids.applicablePolicyId ?? ids.policyId,
          computeInstanceId: ids.applicableComputeInstanceId ?? ids.computeInstanceId,
        },
        o,
      ),
  },
  listPolicyApplications: {
    readOnly: true,
    call: (c, ids, o) => c.policies.listApplications({ policyId: ids.policyId }, o),
  },
  executePolicy: {
    readOnly: false,
    call: (c, ids, o) =>
      c.policies.execute(
        {
          policyId: ids.executablePolicyId ?? ids.policyId,
          computeInstanceId: ids.executableComputeInstanceId ?? ids.computeInstanceId,
        },
        o,
      ),
  },
  revokePolicy: {
    readOnly: false,
    call: (c, ids, o) =>
      c.policies.revoke(
        {
          policyId: ids.revocablePolicyId ?? ids.policyId,
          computeInstanceId: ids.revocableComputeInstanceId ?? ids.computeInstanceId,
        },
        o,
      ),
  },
  activateProvider: {
    readOnly: false,
    call: (c, ids, o) => c.providers.activate({ name: PROVIDER, folderId: ids.activatableFolderId }, o),
  },
  listActivatedProviders: {
    readOnly: true,
    call: (c, ids, o) => c.providers.listActivated({ folderId: ids.folderId }, o),
  },
  listResources: { readOnly: true, call: (c, ids, o) => c.resources.list({ folderId: ids.folderId }, o) },
  getResource: {
    readOnly: true,
    call: (c, ids, o) => c.resources.get({ computeInstanceId: ids.computeInstanceId }, o),
  },
  deleteResource: {
    readOnly: false,
    call: (c, ids, o) => {
      // never the resource the other calls read: a target that runs deleteResource must name one to delete
      if (!ids.deletableResourceId)
        throw new Error("the target names no deletableResourceId (src/fixture-ids.ts): add one to run deleteResource");
      return c.resources.delete(
        { computeInstanceId: ids.deletableComputeInstanceId, resourceId: ids.deletableResourceId },
        o,
      );
    },
  },
  listResourceTasks: {
    readOnly: true,
    call: (c, ids, o) => c.resources.listTasks({ computeInstanceId: ids.computeInstanceId }, o),
  },
  // A POST that changes nothing and starts no operation (the spec says so): a read.
  getAgentInstallCommand: {
    readOnly: true,
    call: (c, ids, o) =>
      c.setup.getAgentInstallCommand({ folderId: ids.folderId, type: "AGENT_INSTALL_BASH_EXTERNAL_VM" }, o),
  },
};

export function clientFor(target: Target, extra: { maxRetries?: number } = {}): BackupClient {
  return createBackupClient({
    baseUrl: target.baseUrl,
    operationsBaseUrl: target.operationsBaseUrl,
    // With no token every server test is skipped; the client still needs one to be created.
    iamToken: target.iamToken || "no-token-given",
    timeoutMs: 20_000,
    ...extra,
  });
}

/** Prism's report of what broke the spec in a request or its response (null when nothing did). */
export function violations(response: Response): unknown[] | null {
  const header = response.headers.get("sl-violations");
  return header ? (JSON.parse(header) as unknown[]) : null;
}
