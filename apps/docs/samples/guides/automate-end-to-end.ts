// The program of the guide "Automate backups end to end" (apps/docs/guides/automate-end-to-end.md). The page
// shows it one region at a time, in this order, and the build fails if a line of code is in no region.

// #region setup
import { createBackupClient, policySettings } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });
const folderId = "b1g0ijbfaqsn12345678";
const computeInstanceId = "epdp2hnkcn1s8u1k7b2n"; // a Compute Cloud instance with the backup agent installed

/** Stops waiting after this many minutes; the work itself goes on. */
const upTo = (minutes: number) => ({ signal: AbortSignal.timeout(minutes * 60 * 1000) });
// #endregion

// #region activate
const { names } = await client.providers.listActivated({ folderId });
if (names.length === 0) {
  // this guide makes its own policy: no "Default daily/weekly/monthly" policies
  const activation = await client.providers.activate({ name: "cyberprotect", folderId, skipDefaultPolicy: true });
  await client.operations.wait(activation, upTo(10));
}
// #endregion

// #region create
// every day at 02:00, always incremental, keeping the last 7 backups; every other field as Terraform sends it
const settings = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
const creation = await client.policies.create({ folderId, name: "nightly", settings });
const { response: policy } = await client.operations.wait(creation, upTo(10));
console.log("policy", policy.id, policy.name);
// #endregion

// #region apply
const application = await client.policies.apply({ policyId: policy.id, computeInstanceId });
await client.operations.wait(application, upTo(30)); // binding a new VM may take 10–15 minutes
// #endregion

// #region execute
const run = await client.policies.execute({ policyId: policy.id, computeInstanceId });
console.log("backup started", run.id);
// #endregion

// #region watch
const { resource } = await client.resources.get({ computeInstanceId });
console.log("instance", resource?.status, resource?.statusProgress); // BACKUPING while the backup runs
for await (const task of client.resources.listAllTasks({ computeInstanceId })) {
  if (task.type === "BACKUP" && task.status !== "COMPLETED") {
    console.log("task", task.id, task.status, task.progress?.current, "of", task.progress?.total);
  }
}
await client.operations.wait(run, { ...upTo(120), onProgress: (percent) => console.log(`backup ${percent ?? 0}%`) });
// #endregion

// #region list
const { backups } = await client.backups.list({
  instancePolicy: { computeInstanceId, policyId: policy.id },
  orderBy: "createdAt desc",
  pageSize: 1,
});
const [backup] = backups;
if (!backup) throw new Error(`no backup of ${computeInstanceId} under ${policy.id} yet`);
console.log("backup", backup.id, backup.type, backup.createdAt, backup.size);
// #endregion

// #region recover
const recovery = await client.backups.startRecovery({ backupId: backup.id, computeInstanceId });
await client.operations.wait(recovery, {
  ...upTo(120),
  onProgress: (percent) => console.log(`recovery ${percent ?? 0}%`),
});
// #endregion

// #region revoke
const revocation = await client.policies.revoke({ policyId: policy.id, computeInstanceId });
await client.operations.wait(revocation, upTo(10));
console.log("revoked: no more scheduled backups; the backups made stay");
// #endregion
