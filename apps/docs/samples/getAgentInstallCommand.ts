import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// For a machine outside the cloud: run the command on it. The agent then registers the machine as a resource
// by itself and applies the policies named here.
const { command } = await client.setup.getAgentInstallCommand({
  folderId: "b1g0ijbfaqsn12345678",
  type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
  policyIds: ["cbq5gkqhq5a5n0t1c0d8"],
});
console.log(command);
