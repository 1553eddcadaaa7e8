// The ids each server test uses. The Prism mock accepts any string, so realistic ones in the service's formats
// do; the emulator only knows its seed, so its ids are read from it (src/emulator-target.ts).
export interface FixtureIds {
  backupId: string;
  folderId: string;
  /** The instance `backupId` belongs to, and the recovery target. */
  computeInstanceId: string;
  archiveId: string;
  policyId: string;
  resourceId: string;
  /** An entry of `backupId`'s file tree, with children. */
  sourceId: string;
  operationId: string;
  /**
   * An operation cancelOperation may cancel: running, of a kind that can be cancelled, that no other call polls
   * or waits for (a stateful target refuses to cancel a done one). Absent: `operationId`.
   */
  cancellableOperationId?: string;
  /** A backup that may be deleted (the delete test's), with its instance: not `backupId`, which others read. */
  deletableBackupId: string;
  deletableComputeInstanceId: string;
  /**
   * The resourceId of `deletableComputeInstanceId`'s registration, for deleteResource (which wants both): never
   * `resourceId`, whose resource getResource and listResourceTasks read.
   */
  deletableResourceId?: string;
  /**
   * applyPolicy's policy and instance: a pair not applied yet, neither the deletable policy nor the deletable
   * instance (a stateful target refuses a second application, and one onto a deleted resource). Absent:
   * `policyId` onto `computeInstanceId`.
   */
  applicablePolicyId?: string;
  applicableComputeInstanceId?: string;
  /** revokePolicy's pair: one applied, that no other call reads or deletes. Absent: `policyId` from `computeInstanceId`. */
  revocablePolicyId?: string;
  revocableComputeInstanceId?: string;
  /**
   * executePolicy's pair: an applied one (a stateful target refuses to execute a policy not applied), whose new
   * backup no other test's listing reads. Absent: `policyId` on `computeInstanceId`.
   */
  executablePolicyId?: string;
  executableComputeInstanceId?: string;
  /** A policy deletePolicy may delete: not `policyId`, which getPolicy and updatePolicy read. */
  deletablePolicyId: string;
  /**
   * A folder activateProvider may activate: one where the provider is not activated yet (a stateful target
   * refuses a second activation), so not `folderId`, whose policies the policy calls manage.
   */
  activatableFolderId: string;
}

export const MOCK_IDS: FixtureIds = {
  backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
  folderId: "b1g0ijbfaqsn12345678",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
  archiveId: "7c1d6e0a-4b2f-4a55-8f0e-1e2d3c4b5a69",
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  resourceId: "3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f",
  sourceId: "disk-0",
  operationId: "cdg3lam9a1c0n7v4hq2e",
  deletableBackupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
  deletableComputeInstanceId: "epdp2hnkcn1s8u1k7b2n",
  deletableResourceId: "3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f",
  deletablePolicyId: "cbq5gkqhq5a5n0t1c0d8",
  activatableFolderId: "b1g0ijbfaqsn12345678",
};
