// @ts-check
// The bundled spec (built by @backup-api/spec before these tests, via turbo's ^build) and a way to make a
// tiny edit of it that cannot silently be a no-op, and the detector run on two such documents.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findOperation, listOperations, loadBundle } from "@backup-api/spec-walker/node";
import { rate } from "../../src/breaking/detect-breaking.mjs";
import { redoclyDiffFiles } from "../../src/breaking/redocly-diff.mjs";

/** @typedef {Record<string, any>} Doc */

/** @returns {Doc} a fresh copy of the bundled spec, read by the repo's one spec reader */
export const loadBundledSpec = () => loadBundle();

/**
 * @param {Doc} doc
 * @param {string} operationId
 * @returns {Doc} the operation object
 */
export const operation = (doc, operationId) => findOperation(listOperations(doc), operationId).operation;

/**
 * @param {Doc} doc
 * @param {string} operationId
 */
export function removeOperation(doc, operationId) {
  const { path, method } = findOperation(listOperations(doc), operationId);
  delete doc.paths[path][method];
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
