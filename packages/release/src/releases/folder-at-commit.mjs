// @ts-check
// A folder of the repo as it was in a commit, written out under a temp dir (same relative paths), for tools
// that want files: redocly diff on the released spec, tsc on the released consumer tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec } from "../exec.mjs";
import { repoRoot } from "../paths.mjs";

/**
 * @template T
 * @param {string} commit
 * @param {string} folder repo-relative
 * @param {(root: string) => Promise<T>} use gets the temp root; `join(root, folder)` is the old folder, absent
 *   when the commit had no such folder
 * @returns {Promise<T>}
 */
export async function withFolderAtCommit(commit, folder, use) {
  const root = mkdtempSync(join(tmpdir(), "backup-api-release-"));
  try {
    if ((await exec("git", ["ls-tree", "--name-only", commit, "--", folder], { cwd: repoRoot })).trim() !== "") {
      // Two commands, not a pipe: a failing `git archive` must fail here, not leave tar an empty stream.
      const archive = join(root, "folder.tar");
      await exec("git", ["archive", "--format=tar", "--output", archive, commit, "--", folder], { cwd: repoRoot });
      await exec("tar", ["-xf", archive, "-C", root]);
      rmSync(archive);
    }
    return await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
