// @ts-check
// Records a release: the released bundle becomes baseline/openapi.json, the versions go to last-release.json.
// Run after `changeset version` (versions bumped, changesets consumed) and commit with the release.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readLastRelease } from './last-release.mjs';
import { relative } from 'node:path';
import { baselineSpecPath, bundledSpecPath, changesetDir, lastReleasePath, repoRoot } from '../paths.mjs';

/**
 * @param {{ name: string, version: string }[]} publicPackages
 * @param {string[]} fixedGroup
 */
export function writeBaseline(publicPackages, fixedGroup) {
  const pending = readdirSync(changesetDir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  if (pending.length > 0) {
    throw new Error(`changesets are still pending (${pending.join(', ')}): run \`pnpm changeset version\` first, then this`);
  }
  const groupVersions = new Set(publicPackages.filter((p) => fixedGroup.includes(p.name)).map((p) => p.version));
  if (groupVersions.size > 1) {
    throw new Error(`the fixed group ${fixedGroup.join(', ')} has different versions (${[...groupVersions].join(', ')}); fix the package.json files`);
  }
  const versions = Object.fromEntries(publicPackages.map((p) => [p.name, p.version]));
  const last = readLastRelease();
  if (last.released && JSON.stringify(last.versions) === JSON.stringify(versions)) {
    // Re-recording the same versions would make unreleased changes look released.
    throw new Error(`these versions are already the recorded release (${Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(', ')}): add changesets and run \`pnpm changeset version\` first`);
  }
  copyFileSync(bundledSpecPath, baselineSpecPath);
  writeFileSync(lastReleasePath, `${JSON.stringify({ released: true, versions }, null, 2)}\n`);
  return { versions, files: [relative(repoRoot, baselineSpecPath), relative(repoRoot, lastReleasePath)] };
}
