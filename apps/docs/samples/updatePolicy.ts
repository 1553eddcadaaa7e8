import { createBackupClient, policySettings } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// There is no update mask: the settings sent replace the policy's settings whole (a field left out is reset,
// not kept). policySettings builds a whole set: the same schedule, now keeping the last 14 backups, and files
// ending in .tmp left out (the second argument sets any field).
const operation = await client.policies.update({
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  settings: policySettings(
    { schedule: { daily: { at: "02:00" } }, retention: { keepLast: 14 } },
    { fileFilters: { exclusionMasks: ["*.tmp"] } },
  ),
});
const { response: policy } = await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
console.log("updated", policy.id, policy.updatedAt); // retention changes apply from the next backup
