import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

const { names } = await client.providers.listActivated({ folderId: "b1g0ijbfaqsn12345678" });
if (names.length === 0) console.log("no provider yet: activate one (providers.activate) before creating policies");
else console.log("activated:", names.join(", "));
