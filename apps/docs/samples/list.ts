import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// One page of a folder's backups (exactly one selector: folderId, computeInstanceId, archive, …).
const page = await client.backups.list({ folderId: "b1g0ijbfaqsn12345678", pageSize: 50 });
for (const backup of page.backups) {
  console.log(backup.id, backup.type, backup.createdAt, backup.size); // size is an int64 string
}
console.log("next page token:", page.nextPageToken); // "" on the last page

// Or let the client follow nextPageToken lazily, page by page:
for await (const backup of client.backups.listAll({ folderId: "b1g0ijbfaqsn12345678" })) {
  console.log(backup.id);
}
