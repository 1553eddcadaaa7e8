// ESM consumer of @backup-api/emulator: in-process with the client, then over HTTP. (It needs no mock.)
import assert from "node:assert/strict";
import { createBackupClient } from "@backup-api/client";
import { createEmulator } from "@backup-api/emulator";
import { serveEmulator } from "@backup-api/emulator/node";

const emulator = createEmulator({ operations: { delete: { completeAfterPolls: 1 } } });
const [folder] = emulator.describe().folders;
const client = createBackupClient({
  iamToken: "smoke",
  baseUrl: "http://emulator.test",
  fetch: emulator.fetch,
  maxRetries: 0,
});
const page = await client.backups.list({ folderId: folder.id, pageSize: 3 });
assert.equal(page.backups.length, 3, "list pages");
const backup = page.backups[0];
const deletion = await client.backups.delete({ computeInstanceId: backup.computeInstanceId, backupId: backup.id });
const done = await client.operations.get(deletion.id);
assert.equal(done.done, true, "the deletion finishes");

const running = await serveEmulator({ port: 0 });
try {
  const response = await fetch(`${running.url}/backup/v1/backups?folderId=${folder.id}&pageSize=1`, {
    headers: { authorization: "Bearer smoke" },
  });
  assert.equal(response.status, 200, "served over HTTP");
} finally {
  await running.close();
}
console.log(
  `@backup-api/emulator (ESM): list → ${page.backups.length} backups; delete → done; HTTP on ${running.url} → 200`,
);
