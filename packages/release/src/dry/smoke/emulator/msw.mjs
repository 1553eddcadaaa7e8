// ESM consumer of @backup-api/emulator/msw: Mock Service Worker answers a client's requests to the spec's real
// hosts from an emulator (no baseUrl, no fetch, no port). The client is created BEFORE server.listen(): it must
// call globalThis.fetch as it is at each request (the one MSW patches), not as it was when the client was made.
// The dry run runs this file with msw 2 and with msw 3, each in its own consumer project.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { createBackupClient } from "@backup-api/client";
import { createEmulator } from "@backup-api/emulator";
import { createEmulatorHandlers } from "@backup-api/emulator/msw";
import { setupServer } from "msw/node";

const { version: mswVersion } = createRequire(import.meta.url)("msw/package.json");
const emulator = createEmulator({ operations: { delete: { completeAfterPolls: 1 } } });
const folder = emulator.describe().folders.find((candidate) => !candidate.forbidden);
assert.ok(folder, "the seed has a folder the token may read");
const client = createBackupClient({ iamToken: "smoke", maxRetries: 0 });

const server = setupServer(...createEmulatorHandlers(emulator));
/** @type {string[]} the host of each request MSW answered */
const mocked = [];
server.events.on("response:mocked", ({ request }) => {
  mocked.push(new URL(request.url).host);
});
server.listen({ onUnhandledRequest: "error" });
try {
  const before = emulator.describe().backups;
  const page = await client.backups.list({ folderId: folder.id, pageSize: 2 });
  assert.equal(page.backups.length, 2, "list pages");
  const [backup] = page.backups;
  const deletion = await client.backups.delete({ computeInstanceId: backup.computeInstanceId, backupId: backup.id });
  const done = await client.operations.wait(deletion, { pollIntervalMs: 1 });
  assert.equal(done.done, true, "the deletion finishes");
  assert.equal(emulator.describe().backups, before - 1, "the emulator behind MSW deleted the backup");
  assert.equal(mocked.length >= 3, true, `MSW answered every request (got ${mocked.join(", ")})`);
  const hosts = [...new Set(mocked)];
  assert.equal(hosts.length, 2, `the API host and the operations host (got ${hosts.join(", ")})`);
  console.log(
    `@backup-api/emulator/msw (ESM) with msw ${mswVersion}: list → ${page.backups.length} backups; delete → polled done; ${mocked.length} requests to ${hosts.join(" and ")} answered by MSW`,
  );
} finally {
  server.close();
}
