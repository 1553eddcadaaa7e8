import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// One page of the machines registered with Cloud Backup in a folder.
const page = await client.resources.list({ folderId: "b1g0ijbfaqsn12345678", pageSize: 50 });
for (const resource of page.resources) {
  console.log(resource.computeInstanceId, resource.type, resource.status, resource.online ? "online" : "offline");
}
console.log("next page token:", page.nextPageToken); // "" on the last page

// Or let the client follow nextPageToken lazily, page by page:
for await (const resource of client.resources.listAll({ folderId: "b1g0ijbfaqsn12345678" })) {
  console.log(resource.computeInstanceId, resource.lastBackupTime ?? "never backed up");
}
