// @ts-check
// A fresh npm project outside the workspace that installs the tarballs the way a user would, plus the
// smoke tests copied next to it. Nothing of the workspace (node_modules, .npmrc, links) is visible there.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../exec.mjs';
import { releaseDir } from '../paths.mjs';

export const smokeRoot = join(releaseDir, 'src', 'dry', 'smoke');

/** @param {string} name package name @returns {string} its smoke folder name */
export const smokeName = (name) => name.replace(/^@[^/]+\//, '');

/**
 * @param {string} dir empty folder
 * @param {{ name: string, tarball: string }[]} packed
 */
export async function createConsumerProject(dir, packed) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'backup-api-consumer', private: true, version: '0.0.0' }, null, 2)}\n`);
  // npm (not pnpm): the most common way users install, and no workspace settings leak in.
  await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((p) => p.tarball)], { cwd: dir });
  for (const { name } of packed) {
    const from = join(smokeRoot, smokeName(name));
    if (existsSync(from)) cpSync(from, join(dir, 'smoke', smokeName(name)), { recursive: true });
  }
}
