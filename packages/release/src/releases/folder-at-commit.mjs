// @ts-check
// A folder of the repo as it was in a commit, written out under a temp dir (same relative paths), for tools
// that want files: redocly diff on the released spec, tsc on the released consumer tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../exec.mjs';
import { repoRoot } from '../paths.mjs';

/**
 * @template T
 * @param {string} commit
 * @param {string} folder repo-relative
 * @param {(root: string) => Promise<T>} use gets the temp root; `join(root, folder)` is the old folder
 * @returns {Promise<T>}
 */
export async function withFolderAtCommit(commit, folder, use) {
  const root = mkdtempSync(join(tmpdir(), 'backup-api-release-'));
  try {
    await exec('sh', ['-c', 'git archive --format=tar "$1" -- "$2" | tar -x -C "$3"', 'sh', commit, folder, root], { cwd: repoRoot });
    return await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
