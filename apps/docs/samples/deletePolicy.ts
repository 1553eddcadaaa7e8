import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });
const policyId = "cbq5gkqhq5a5n0t1c0d8";

// Revoke the policy from the instances it is applied to first, rather than rely on the deletion doing it.
const { applications } = await client.policies.listApplications({ policyId });
for (const { computeInstanceId } of applications) {
  const revocation = await client.policies.revoke({ policyId, computeInstanceId });
  await client.operations.wait(revocation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
}

const operation = await client.policies.delete({ policyId });
await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
console.log("deleted", policyId); // the backups made under it stay
