// @ts-check
// The record of the last release, kept in the repo so the check works in any clone (no tags, no remote):
// baseline/last-release.json and, once something is released, baseline/openapi.json (the released bundle).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { baselineSpecPath, lastReleasePath, repoRoot } from '../paths.mjs';

/**
 * @typedef {{ released: false }} NoRelease
 * @typedef {{ released: true, versions: Record<string, string>, specPath: string }} Release
 */

const where = relative(repoRoot, lastReleasePath);

/** @returns {NoRelease | Release} */
export function readLastRelease() {
  /** @type {any} */
  let record;
  try {
    record = JSON.parse(readFileSync(lastReleasePath, 'utf8'));
  } catch (error) {
    throw new Error(`${where} cannot be read as JSON (${String(error)}); restore it from git`);
  }
  if (record?.released === false) return { released: false };
  if (record?.released !== true || typeof record.versions !== 'object' || record.versions === null) {
    throw new Error(`${where} must be {"released": false} or {"released": true, "versions": {...}}; got ${JSON.stringify(record)}`);
  }
  for (const [name, version] of Object.entries(record.versions)) {
    if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version)) {
      throw new Error(`${where}: version of ${name} must be a semver string, got ${JSON.stringify(version)}`);
    }
  }
  if (!existsSync(baselineSpecPath)) {
    throw new Error(`${where} records a release but ${relative(repoRoot, baselineSpecPath)} is missing; run pnpm release:baseline`);
  }
  return { released: true, versions: record.versions, specPath: baselineSpecPath };
}
