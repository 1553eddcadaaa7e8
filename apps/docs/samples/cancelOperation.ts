import { BackupApiError, createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// Served by the region's operations host, like operations.get.
try {
  const operation = await client.operations.cancel("cdg3lam9a1c0n7v4hq2e");
  if (operation.error) console.log("cancelled:", operation.error.code, operation.error.message);
  else console.log("cancel asked; done:", operation.done);
} catch (error) {
  // an operation that is already done, or cannot be cancelled
  if (error instanceof BackupApiError && error.codeName === "FAILED_PRECONDITION") console.log(error.message);
  else throw error;
}
