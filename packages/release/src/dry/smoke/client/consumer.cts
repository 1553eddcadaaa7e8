// Types of @backup-api/client from CommonJS.
import client = require("@backup-api/client");

const c: client.BackupClient = client.createBackupClient({ iamToken: "t" });
async function size(): Promise<string | undefined> {
  return (await c.backups.get({ backupId: "b1", folderId: "f1" })).size;
}
async function firstPolicy(): Promise<string | undefined> {
  const settings = client.policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
  await c.policies.update({ policyId: "p1", settings });
  const resources: client.Resource[] = (await c.resources.list({ folderId: "f1" })).resources;
  await c.operations.cancel("op1");
  return (await c.policies.list({ folderId: "f1" })).policies[0]?.name ?? resources[0]?.computeInstanceId;
}
export = { size, firstPolicy };
