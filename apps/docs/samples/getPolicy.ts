import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

const policy = await client.policies.get({ policyId: "cbq5gkqhq5a5n0t1c0d8" });
console.log(policy.name, "in folder", policy.folderId, policy.enabled ? "enabled" : "disabled");
if (policy.settings) {
  const { scheduling, retention } = policy.settings;
  console.log("scheme", scheduling.scheme, "enabled", scheduling.enabled);
  for (const rule of retention.rules) {
    // each rule keeps at most maxCount backups (an int64 string, "0" when unset) or those younger than maxAge
    console.log("keep", rule.maxCount, rule.maxAge?.count, rule.maxAge?.type);
  }
}
