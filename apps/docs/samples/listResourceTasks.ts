import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// One page of what the backup agent ran or runs on the instance: backups, retention passes, recoveries…
const page = await client.resources.listTasks({ computeInstanceId: "epdp2hnkcn1s8u1k7b2n", pageSize: 50 });
for (const task of page.tasks) {
  console.log(task.id, task.type, task.status, task.resultCode, task.progress?.current, "of", task.progress?.total);
}

// Or every task, the client following nextPageToken lazily:
for await (const task of client.resources.listAllTasks({ computeInstanceId: "epdp2hnkcn1s8u1k7b2n" })) {
  if (task.resultCode === "ERROR") console.log("failed", task.type, task.completedAt, task.error);
}
