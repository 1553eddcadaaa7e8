import { BackupOperationError, createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// A backup now, out of schedule, under a policy already applied to the instance.
const operation = await client.policies.execute({
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
});

try {
  await client.operations.wait(operation, {
    signal: AbortSignal.timeout(2 * 60 * 60 * 1000), // stop waiting after two hours; the backup goes on
    onProgress: (percent) => console.log(`backup ${percent ?? 0}%`),
  });
  console.log("backed up");
} catch (error) {
  // the policy's taskFailure retries do not apply to a backup started this way: retry it yourself if you want one
  if (error instanceof BackupOperationError) console.error("backup failed:", error.codeName, error.message);
  else throw error;
}
