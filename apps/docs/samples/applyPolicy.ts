import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// The instance must be registered with Cloud Backup (its backup agent does that): see resources.get.
const operation = await client.policies.apply({
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
});
// Binding a new VM may take 10–15 minutes: give up waiting after half an hour (the binding goes on).
await client.operations.wait(operation, { signal: AbortSignal.timeout(30 * 60 * 1000) });
console.log("applied");
