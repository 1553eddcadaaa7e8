import { createBackupClient } from "@backup-api/client";

const client = createBackupClient({ iamToken: process.env.IAM_TOKEN ?? "", region: "ru" });

// Without sourceId: the backup's disks. Then pass an entry's id as sourceId to go one level down.
const { files } = await client.backups.listFiles({
  backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
  folderId: "b1g0ijbfaqsn12345678",
});
for (const file of files) {
  console.log(file.type, file.fullPath, file.size);
}

const [disk] = files;
if (disk) {
  const children = await client.backups.listFiles({
    backupId: "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10",
    folderId: "b1g0ijbfaqsn12345678",
    sourceId: disk.id,
  });
  console.log(children.files.length, "entries in", disk.fullPath);
}
