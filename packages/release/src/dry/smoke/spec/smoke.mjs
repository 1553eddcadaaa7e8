// ESM consumer of @backup-api/spec: the typed export, the JSON file export, and a call the spec describes.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import spec, { document } from "@backup-api/spec";

const require = createRequire(import.meta.url);
assert.equal(spec, document, "default and named export are the same document");
assert.match(document.openapi, /^3\.1\./);
assert.ok(Object.isFrozen(document), "the document is frozen");
const json = JSON.parse(readFileSync(require.resolve("@backup-api/spec/openapi.json"), "utf8"));
assert.deepEqual(json, JSON.parse(JSON.stringify(document)), "openapi.json equals the JS export");
assert.ok(readFileSync(require.resolve("@backup-api/spec/openapi.yaml"), "utf8").startsWith("openapi: 3.1"));

const operations = Object.values(document.paths)
  .flatMap((item) => Object.values(item).map((op) => op?.operationId))
  .filter(Boolean);
assert.ok(operations.includes("get") && operations.includes("getOperation"), `operations: ${operations.join(", ")}`);

const path = Object.keys(document.paths).find((p) => document.paths[p].get?.operationId === "get");
const res = await fetch(`${process.env.BACKUP_API_MOCK_URL}${path.replace("{backupId}", "b1")}?folderId=f1`, {
  headers: { authorization: "Bearer smoke" },
});
assert.equal(res.status, 200, `GET ${path} on the mock`);
const backup = await res.json();
const known = Object.keys(document.components.schemas.Backup.properties);
for (const key of Object.keys(backup)) assert.ok(known.includes(key), `the mock's Backup field ${key} is in the spec`);
console.log(
  `@backup-api/spec (ESM): ${operations.length} operations; GET ${path} → 200 with ${Object.keys(backup).length} fields`,
);
