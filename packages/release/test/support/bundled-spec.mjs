// @ts-check
// The bundled spec (built by @backup-api/spec before these tests, via turbo's ^build) and a way to make a
// tiny edit of it that cannot silently be a no-op, and the detector run on two such documents.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rate } from "../../src/breaking/detect-breaking.mjs";
import { redoclyDiffFiles } from "../../src/breaking/redocly-diff.mjs";

/** @typedef {Record<string, any>} Doc */

/** @returns {Doc} */
export function loadBundledSpec() {
  return structuredClone(createRequire(import.meta.url)("@backup-api/spec/openapi.json"));
}

/**
 * @param {Doc} doc
 * @param {string} operationId
 * @returns {Doc} the operation object
 */
export function operation(doc, operationId) {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) if (op && typeof op === "object" && op.operationId === operationId) return op;
  }
  throw new Error(`no operation ${operationId} in the bundled spec`);
}

/**
 * @param {Doc} doc
 * @param {string} operationId
 */
export function removeOperation(doc, operationId) {
  for (const item of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(item)) if (op && op.operationId === operationId) delete item[method];
  }
}

/**
 * @param {Doc} base
 * @param {(doc: Doc) => void} change
 * @returns {Doc}
 */
export function edited(base, change) {
  const doc = structuredClone(base);
  change(doc);
  if (JSON.stringify(doc) === JSON.stringify(base)) throw new Error("the edit changed nothing: fix the test case");
  return doc;
}

/**
 * The detector on two documents in memory: each is written to a temp dir for the redocly CLI.
 * @param {Doc} base
 * @param {Doc} revision
 */
export async function detectBreaking(base, revision) {
  const dir = await mkdtemp(join(tmpdir(), "backup-api-diff-"));
  try {
    await writeFile(join(dir, "base.json"), JSON.stringify(base));
    await writeFile(join(dir, "revision.json"), JSON.stringify(revision));
    return rate(await redoclyDiffFiles(join(dir, "base.json"), join(dir, "revision.json")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
