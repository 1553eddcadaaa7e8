import { createBackupClient, policySettings } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// The provider must be active in the folder first (providers.activate). policySettings builds the whole
// settings from a few choices, every other field at what the Terraform provider sends by default: here every
// day at 02:00, always incremental (the first backup is full), keeping the last 7 backups.
const operation = await client.policies.create({
  folderId: "b1g0ijbfaqsn12345678",
  name: "daily",
  settings: policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } }),
});
console.log("creating policy", operation.metadata?.policyId);

// The finished operation's response is the new Policy.
const { response: policy } = await client.operations.wait(operation, { signal: AbortSignal.timeout(10 * 60 * 1000) });
console.log("created", policy.id, policy.name);
