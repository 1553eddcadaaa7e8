import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });
const folderId = "b1g0ijbfaqsn12345678";

// Once per folder, before any policy: activate the provider unless it already is.
const { names } = await client.providers.listActivated({ folderId });
if (names.length === 0) {
  // skipDefaultPolicy: true would leave out the "Default daily/weekly/monthly" policies activation creates
  const operation = await client.providers.activate({ name: "cyberprotect", folderId });
  await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
}
console.log("provider active in", folderId);
