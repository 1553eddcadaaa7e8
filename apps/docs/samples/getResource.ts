import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// The answer wraps the resource: { resource }.
const { resource } = await client.resources.get({ computeInstanceId: "epdp2hnkcn1s8u1k7b2n" });
if (resource) {
  console.log(resource.status, resource.statusProgress, resource.online ? "online" : "offline");
  console.log("last backup", resource.lastBackupTime ?? "none", "next", resource.nextBackupTime ?? "none scheduled");
}
