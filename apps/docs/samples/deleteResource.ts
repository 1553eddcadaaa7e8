import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });
const computeInstanceId = "epdp2hnkcn1s8u1k7b2n";

// The call needs the registration's resourceId as well as the instance: read it first.
const { resource } = await client.resources.get({ computeInstanceId });
if (resource) {
  const operation = await client.resources.delete({ computeInstanceId, resourceId: resource.resourceId });
  await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
  console.log("removed from Cloud Backup; the instance itself keeps running");
}
