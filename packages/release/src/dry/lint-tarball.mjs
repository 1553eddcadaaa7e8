// @ts-check
// publint --strict and arethetypeswrong on the tarball itself (what users get, not the source folder).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../exec.mjs';
import { binDir } from '../paths.mjs';

/**
 * The attw options the package's own `lint` script uses (say, an excluded YAML entry point), so both
 * runs judge the same way; `--profile node16` when it has none.
 * @param {string} dir
 * @returns {string[]}
 */
export function attwArgs(dir) {
  const lint = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.lint ?? '';
  const match = /attw --pack \.\s+([^&|;]*)/.exec(lint);
  const args = match?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  return args.length > 0 ? args : ['--profile', 'node16'];
}

/**
 * @param {string} tarball
 * @param {string} dir package folder
 * @returns {Promise<{ publint: string | true, attw: string | true }>} true, or the tool's complaint
 */
export async function lintTarball(tarball, dir) {
  const [publint, attw] = await Promise.all([
    exec(join(binDir, 'publint'), ['run', tarball, '--strict']).then(
      () => /** @type {true} */ (true),
      (e) => String(e.message),
    ),
    exec(join(binDir, 'attw'), [tarball, ...attwArgs(dir), '--format', 'ascii']).then(
      () => /** @type {true} */ (true),
      (e) => String(e.message),
    ),
  ]);
  return { publint, attw };
}
