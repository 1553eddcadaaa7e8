// CommonJS consumer of @backup-api/emulator: in-process with the client, then over HTTP.
const assert = require("node:assert/strict");
const { createBackupClient } = require("@backup-api/client");
const { createEmulator } = require("@backup-api/emulator");
const { serveEmulator } = require("@backup-api/emulator/node");

(async () => {
  const emulator = createEmulator();
  const [folder] = emulator.describe().folders;
  const client = createBackupClient({
    iamToken: "smoke",
    baseUrl: "http://emulator.test",
    fetch: emulator.fetch,
    maxRetries: 0,
  });
  const page = await client.backups.list({ folderId: folder.id, pageSize: 3 });
  assert.equal(page.backups.length, 3, "list pages");
  const running = await serveEmulator({ port: 0 });
  try {
    const response = await fetch(`${running.url}/backup/v1/backups?folderId=${folder.id}&pageSize=1`, {
      headers: { authorization: "Bearer smoke" },
    });
    assert.equal(response.status, 200, "served over HTTP");
  } finally {
    await running.close();
  }
  console.log(`@backup-api/emulator (CJS): list → ${page.backups.length} backups; HTTP on ${running.url} → 200`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
