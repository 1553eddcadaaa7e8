// @ts-check
// Which public packages changed since the last release, and why. @changesets/git maps the changed files
// (committed or not) to packages with the `changedFilePatterns` of .changeset/config.json, exactly as
// `changeset status` does, so tests and tool config need no changeset.
import { getChangedPackagesSinceRef } from "@changesets/git";
import { repoRoot } from "../paths.mjs";

/** @typedef {{ name: string, reasons: string[] }} ChangedPackage */

/**
 * @param {{ release: import('../releases/last-release.mjs').LastRelease, publicNames: string[],
 *   patterns: readonly string[], specPackage: string, specChanges: number }} input
 * @returns {Promise<ChangedPackage[]>}
 */
export async function changedPublicPackages({ release, publicNames, patterns, specPackage, specChanges }) {
  if (!release.released) return publicNames.map((name) => ({ name, reasons: ["never released"] }));
  const changed = await getChangedPackagesSinceRef({
    cwd: repoRoot,
    ref: release.commit,
    changedFilePatterns: patterns,
  });
  const changedNames = new Set(changed.map((p) => p.packageJson.name));
  return publicNames.flatMap((name) => {
    /** @type {string[]} */
    const reasons = [];
    // The spec's source is spec/ at the root, outside the package folder: what ships is its bundle.
    if (name === specPackage && specChanges > 0)
      reasons.push(`the spec differs from the released one (${specChanges} change(s))`);
    if (changedNames.has(name)) reasons.push(`its files changed since ${release.tag}`);
    return reasons.length > 0 ? [{ name, reasons }] : [];
  });
}
