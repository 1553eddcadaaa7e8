// @ts-check
// The release plan of the pending changesets, from @changesets/get-release-plan: the code behind
// `changeset status` and `changeset version`, so the fixed group is applied exactly as at release time.
//
// Why not `changeset status --since=<ref>` itself: it only counts changesets that git shows as changed
// since <ref> (a new changeset not yet `git add`-ed is invisible), and it passes as soon as any changeset
// exists, even one for another package. All changesets on disk are pending ones (`changeset version`
// deletes what it releases), so the plan is read from disk and the per-package rule lives in decide.mjs.
import getReleasePlanModule from "@changesets/get-release-plan";
import { repoRoot } from "../paths.mjs";

// The package is CommonJS with `exports.default`; Node's ESM import hands us the exports object.
const getReleasePlan = /** @type {typeof getReleasePlanModule} */ (
  /** @type {any} */ (getReleasePlanModule).default ?? getReleasePlanModule
);

/**
 * @typedef {{ name: string, type: 'major' | 'minor' | 'patch' | 'none', oldVersion: string, newVersion: string, changesets: string[] }} PlannedRelease
 * @typedef {{ releases: PlannedRelease[], changesets: { id: string, releases: unknown[] }[] }} ReleasePlan
 */

/** @returns {Promise<ReleasePlan>} */
export async function releasePlan() {
  const plan = await getReleasePlan(repoRoot);
  return { releases: plan.releases, changesets: plan.changesets };
}
