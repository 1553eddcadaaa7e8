import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// A folder's policies, every one in one answer (not paginated). Give computeInstanceId instead, or as well, for
// the policies applied to that instance.
const { policies } = await client.policies.list({ folderId: "b1g0ijbfaqsn12345678" });
for (const policy of policies) {
  console.log(policy.id, policy.name, policy.enabled ? "enabled" : "disabled", policy.settings?.scheduling.scheme);
}
