import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// The instance leaves the policy's schedule; the backups made under it stay.
const operation = await client.policies.revoke({
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
});
await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
console.log("revoked");
