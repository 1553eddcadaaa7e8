// ESM consumer of @backup-api/client against the Prism mock.
import assert from "node:assert/strict";
import { BackupApiError, createBackupClient, policySettings } from "@backup-api/client";

const url = process.env.BACKUP_API_MOCK_URL;
const client = createBackupClient({ iamToken: "smoke", baseUrl: url, operationsBaseUrl: url, maxRetries: 0 });

const backup = await client.backups.get({ backupId: "b1", folderId: "f1" });
assert.equal(typeof backup.id, "string", "backups.get returns a Backup");
const operation = await client.operations.get("op1");
assert.equal(typeof operation.id, "string", "operations.get returns an Operation");

// One call of each service the whole API added, against the mock's examples.
const folderId = "b1g0ijbfaqsn12345678";
const { policies } = await client.policies.list({ folderId });
assert.ok(policies.length > 0 && typeof policies[0].id === "string", "policies.list returns policies");
const { names } = await client.providers.listActivated({ folderId });
assert.ok(Array.isArray(names), "providers.listActivated returns names");
const { resources } = await client.resources.list({ folderId });
assert.equal(typeof resources[0]?.computeInstanceId, "string", "resources.list returns resources");
const { command } = await client.setup.getAgentInstallCommand({ folderId, type: "AGENT_INSTALL_BASH_EXTERNAL_VM" });
assert.equal(typeof command, "string", "setup.getAgentInstallCommand returns a command");
const cancelled = await client.operations.cancel("op1");
assert.equal(cancelled.done, true, "operations.cancel returns the operation");
const settings = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
assert.deepEqual(settings.retention.rules, [{ maxCount: "7" }], "policySettings builds the settings");

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
  `@backup-api/client (ESM): backups.get → ${backup.id}; operations.get → ${operation.id}; ` +
    `policies.list → ${policies.map((policy) => policy.name).join(", ")}; providers.listActivated → [${names.join(", ")}]; ` +
    `resources.list → ${resources.map((resource) => `${resource.computeInstanceId} ${resource.status}`).join(", ")}; ` +
    `setup.getAgentInstallCommand → ${command.slice(0, 40)}…; operations.cancel → done, ${cancelled.error?.message}; ` +
    `policySettings → ${settings.scheduling.scheme}; ` +
    `404 → BackupApiError(${error.codeName}); 503 → retried; defaults filled in`,
);
