import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

const operation = await client.backups.delete({
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
  backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
});

// Deletion is long-running: wait until the operation is done, giving up after ten minutes.
await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
console.log("deleted");
