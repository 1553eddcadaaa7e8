import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

const { archives } = await client.backups.listArchives({
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
  folderId: "b1g0ijbfaqsn12345678",
});
for (const archive of archives) {
  console.log(archive.id, archive.name, archive.size);
}
