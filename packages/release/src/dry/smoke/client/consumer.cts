// Types of @backup-api/client from CommonJS.
import client = require("@backup-api/client");

const c: client.BackupClient = client.createBackupClient({ iamToken: "t" });
async function size(): Promise<string | undefined> {
  return (await c.backups.get({ backupId: "b1", folderId: "f1" })).size;
}
export = { size };
