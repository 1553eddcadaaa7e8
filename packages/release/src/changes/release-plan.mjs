// @ts-check
// The release plan of the pending changesets, from `changeset status` (the same code `changeset version` uses,
// so the fixed group is applied exactly as it will be at release time).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../exec.mjs';
import { binDir, repoRoot } from '../paths.mjs';

/**
 * @typedef {{ name: string, type: 'major' | 'minor' | 'patch' | 'none', oldVersion: string, newVersion: string, changesets: string[] }} PlannedRelease
 * @typedef {{ releases: PlannedRelease[], changesets: { id: string }[] } | { error: string }} ReleasePlan
 */

/**
 * @param {string} since commit to diff against (changesets added since then count)
 * @returns {Promise<ReleasePlan>}
 */
export async function releasePlan(since) {
  const dir = await mkdtemp(join(tmpdir(), 'backup-api-plan-'));
  const output = join(dir, 'plan.json');
  try {
    await exec(join(binDir, 'changeset'), ['status', `--since=${since}`, `--output=${output}`], { cwd: repoRoot });
    return JSON.parse(await readFile(output, 'utf8'));
  } catch (error) {
    // `changeset status` exits 1, writing no plan, when packages changed and there is no changeset at all.
    const err = /** @type {{ stderr?: string, message: string }} */ (error);
    if (err.stderr && /no changesets were found/.test(err.stderr)) return { error: err.stderr.trim() };
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
