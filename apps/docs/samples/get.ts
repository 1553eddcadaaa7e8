import { BackupApiError, createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

try {
  const backup = await client.backups.get({
    backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
    folderId: "b1g0ijbfaqsn12345678",
  });
  console.log(backup.type, backup.createdAt, BigInt(backup.size)); // int64 as string → BigInt
} catch (error) {
  // bodyIsStatus: the API itself said NOT_FOUND (not a proxy's 404 page)
  if (error instanceof BackupApiError && error.codeName === "NOT_FOUND" && error.bodyIsStatus) {
    console.log("no such backup; request id", error.requestId);
  } else {
    throw error;
  }
}
