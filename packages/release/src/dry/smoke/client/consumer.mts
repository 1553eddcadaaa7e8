// Types of @backup-api/client from ESM.
import { BackupApiError, createBackupClient, type Backup, type BackupClient } from "@backup-api/client";

const client: BackupClient = createBackupClient({ iamToken: "t", region: "kz" });
async function use(): Promise<string> {
  const backup: Backup = await client.backups.get({ backupId: "b1", folderId: "f1" });
  // @ts-expect-error folderId is required
  await client.backups.get({ backupId: "b1" });
  const op = await client.operations.get("op1");
  // decoded: the defaults the server left out are filled in, so these are strings
  return `${backup.size} ${op.id}`;
}
const isApiError = (e: unknown): e is BackupApiError => e instanceof BackupApiError;
export { use, isApiError };
