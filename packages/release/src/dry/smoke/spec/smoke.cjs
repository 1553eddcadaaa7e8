// CommonJS consumer of @backup-api/spec.
const assert = require("node:assert/strict");
const { document } = require("@backup-api/spec");
const json = require("@backup-api/spec/openapi.json");

assert.equal(require("@backup-api/spec").default, document, "default export is the document");
assert.match(document.openapi, /^3\.1\./);
assert.deepEqual(json, JSON.parse(JSON.stringify(document)), "openapi.json equals the JS export");
assert.equal(require("@backup-api/spec/package.json").name, "@backup-api/spec");

(async () => {
  const res = await fetch(`${process.env.BACKUP_API_MOCK_URL}/operations/op1`, {
    headers: { authorization: "Bearer smoke" },
  });
  assert.equal(res.status, 200, "GET /operations/{operationId} on the mock");
  const operation = await res.json();
  assert.equal(typeof operation.id, "string");
  console.log(`@backup-api/spec (CJS): ${Object.keys(document.paths).length} paths; GET /operations/op1 → 200`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
