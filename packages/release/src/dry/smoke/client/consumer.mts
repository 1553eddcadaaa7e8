// Types of @backup-api/client from ESM.
import {
  BackupApiError,
  createBackupClient,
  policySettings,
  type Backup,
  type BackupClient,
  type Policy,
  type Resource,
} from "@backup-api/client";

const client: BackupClient = createBackupClient({ iamToken: "t", region: "kz" });
async function use(): Promise<string> {
  const backup: Backup = await client.backups.get({ backupId: "b1", folderId: "f1" });
  // @ts-expect-error folderId is required
  await client.backups.get({ backupId: "b1" });
  const op = await client.operations.get("op1");
  // decoded: the defaults the server left out are filled in, so these are strings
  return `${backup.size} ${op.id}`;
}
async function wholeApi(): Promise<string> {
  const settings = policySettings({
    schedule: { weekly: { on: ["MONDAY"], at: "03:00" } },
    retention: { keepLast: 4 },
  });
  const creation = await client.policies.create({ folderId: "f1", name: "weekly", settings });
  // waiting on a policy's creation gives the new Policy
  const policy: Policy = (await client.operations.wait(creation)).response;
  // @ts-expect-error a policy list needs folderId or computeInstanceId
  await client.policies.list({});
  const { names } = await client.providers.listActivated({ folderId: "f1" });
  // resources.get answers the API's { resource } wrapper
  const resource: Resource | undefined = (await client.resources.get({ computeInstanceId: "i1" })).resource;
  const { command } = await client.setup.getAgentInstallCommand({
    folderId: "f1",
    type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
  });
  const cancelled = await client.operations.cancel("op1");
  return `${policy.id} ${names.length} ${resource?.status} ${command} ${cancelled.done}`;
}
const isApiError = (e: unknown): e is BackupApiError => e instanceof BackupApiError;
export { use, isApiError, wholeApi };
