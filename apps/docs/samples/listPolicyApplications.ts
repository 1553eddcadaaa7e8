import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// Where the policy is applied, all in one answer. showProcessing adds the bindings still being made.
const { applications } = await client.policies.listApplications({
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  showProcessing: true,
});
for (const application of applications) {
  const state = application.isProcessing ? "being applied" : application.status;
  console.log(application.computeInstanceId, state, application.enabled ? "enabled" : "disabled");
}
