// ESM consumer of @backup-api/client against the Prism mock.
import assert from "node:assert/strict";
import { BackupApiError, createBackupClient } from "@backup-api/client";

const url = process.env.BACKUP_API_MOCK_URL;
const client = createBackupClient({ iamToken: "smoke", baseUrl: url, operationsBaseUrl: url, maxRetries: 0 });

const backup = await client.backups.get({ backupId: "b1", folderId: "f1" });
assert.equal(typeof backup.id, "string", "backups.get returns a Backup");
const operation = await client.operations.get("op1");
assert.equal(typeof operation.id, "string", "operations.get returns an Operation");

const failing = createBackupClient({ iamToken: "smoke", baseUrl: url, maxRetries: 0, headers: { prefer: "code=404" } });
const error = await failing.backups.get({ backupId: "b1", folderId: "f1" }).then(
  () => undefined,
  (e) => e,
);
assert.ok(error instanceof BackupApiError, `a 404 is a BackupApiError, got ${String(error)}`);
assert.equal(error.status, 404);

// Retries and proto3 defaults, on an injected fetch: a 503, then a backup with its default fields left out.
const json = (status, body) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const answers = [json(503, { code: 14, message: "down" }), json(200, { id: "b1" })];
let calls = 0;
const flaky = createBackupClient({
  iamToken: "smoke",
  baseUrl: "https://backup.test",
  retry: { baseDelayMs: 1 },
  fetch: async () => answers[calls++],
});
const retried = await flaky.backups.get({ backupId: "b1", folderId: "f1" });
assert.equal(calls, 2, "a 503 is retried");
assert.deepEqual(
  [retried.size, retried.deleted, retried.disks],
  ["0", false, []],
  "the defaults the server left out are filled in",
);
console.log(
  `@backup-api/client (ESM): backups.get → ${backup.id}; operations.get → ${operation.id}; 404 → BackupApiError(${error.codeName}); 503 → retried; defaults filled in`,
);
