// @ts-check
// The bundled spec (built by @backup-api/spec before these tests, via turbo's ^build) and a way to make a
// tiny edit of it that cannot silently be a no-op.
import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '../../src/paths.mjs';

/** @typedef {Record<string, any>} Doc */

/** @returns {Doc} */
export function loadBundledSpec() {
  try {
    return JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
  } catch (error) {
    throw new Error(`${bundledSpecPath} is missing: build @backup-api/spec first (pnpm build). ${String(error)}`);
  }
}

/**
 * @param {Doc} doc
 * @param {string} operationId
 * @returns {Doc} the operation object
 */
export function operation(doc, operationId) {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) if (op && typeof op === 'object' && op.operationId === operationId) return op;
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
  if (JSON.stringify(doc) === JSON.stringify(base)) throw new Error('the edit changed nothing: fix the test case');
  return doc;
}
