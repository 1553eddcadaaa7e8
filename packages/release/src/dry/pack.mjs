// @ts-check
// `pnpm pack`: the exact tarball npm would publish, with `workspace:*` rewritten to real versions.
import { exec } from '../exec.mjs';

/**
 * @param {string} dir package folder
 * @param {string} destination folder for the tarball
 * @returns {Promise<{ tarball: string, files: string[] }>}
 */
export async function pack(dir, destination) {
  const out = await exec('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: dir });
  /** @type {{ filename: string, files: { path: string }[] }} */
  const result = JSON.parse(out.slice(out.indexOf('{')));
  return { tarball: result.filename, files: result.files.map((f) => f.path) };
}
