// @ts-check
// The git facts the check needs. All of them work in a fresh clone of one branch (full history, no remote).
import { relative } from 'node:path';
import { exec } from '../exec.mjs';
import { lastReleasePath, repoRoot } from '../paths.mjs';

/** @param {string[]} args */
const git = async (args) => (await exec('git', args, { cwd: repoRoot })).trim();

/** The first commit of the history: "since the beginning" when nothing was released yet. */
export async function rootCommit() {
  const roots = (await git(['rev-list', '--max-parents=0', 'HEAD'])).split('\n');
  return /** @type {string} */ (roots.at(-1));
}

/**
 * The release commit: the last commit that changed baseline/last-release.json (only `release:baseline`
 * writes it, as part of the release). A commit cannot name its own hash, so the file does not hold it.
 */
export async function lastReleaseCommit() {
  const commit = await git(['log', '-1', '--format=%H', '--', relative(repoRoot, lastReleasePath)]);
  if (!commit) throw new Error(`no commit changed ${relative(repoRoot, lastReleasePath)}: is this a shallow clone? The check needs the full history (git fetch --unshallow).`);
  return commit;
}

/** @param {string} ref */
export async function shortCommit(ref) {
  return git(['rev-parse', '--short', ref]);
}

/**
 * Files changed since `ref`: committed and uncommitted changes of tracked files (what `changeset status`
 * sees) plus untracked, not ignored files (so a local run also counts a new file not yet added).
 * @param {string} ref
 * @returns {Promise<string[]>} paths relative to the repo root
 */
export async function changedFilesSince(ref) {
  const tracked = await git(['diff', '--name-only', '--no-relative', ref]);
  const untracked = await git(['ls-files', '--others', '--exclude-standard']);
  return [...new Set([...tracked.split('\n'), ...untracked.split('\n')].filter(Boolean))];
}
