import { BackupOperationError, createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// The client sends one Idempotency-Key per call and reuses it on retries: a retry never starts a second recovery.
const operation = await client.backups.startRecovery({
  backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
});
console.log("started", operation.id);

try {
  const done = await client.operations.wait(operation, {
    signal: AbortSignal.timeout(2 * 60 * 60 * 1000), // stop waiting after two hours; the recovery goes on
    onProgress: (percent) => console.log(`recovery ${percent ?? 0}%`),
  });
  console.log("recovered", done.id, done.response["@type"]);
} catch (error) {
  if (error instanceof BackupOperationError) console.error("recovery failed:", error.codeName, error.message);
  else throw error;
}
