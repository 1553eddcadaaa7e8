// @ts-check
// Collects what the release check decides on: the last release, what changed since, the changesets' plan,
// the spec's changes as redocly rates them, and whether the released consumer type tests still compile.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readLastRelease } from '../baseline/last-release.mjs';
import { detectBreakingFiles } from '../breaking/detect-breaking.mjs';
import { checkReleasedConsumerTypes } from '../compat/released-consumer-types.mjs';
import { changedPublicPackages, sameJsonFile } from '../changes/changed-packages.mjs';
import { readChangesetConfig } from '../changes/changeset-config.mjs';
import { changedFilesSince, lastReleaseCommit, rootCommit, shortCommit } from '../changes/git.mjs';
import { releasePlan } from '../changes/release-plan.mjs';
import { bundledSpecPath, repoRoot, specSourceDir } from '../paths.mjs';
import { publicPackages } from '../workspace/packages.mjs';

export const SPEC_PACKAGE = '@backup-api/spec';

/** @param {string} dir @returns {number} newest mtime of any file below dir */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Refuses a missing or stale bundle: comparing an old build would judge the wrong spec. */
export function assertFreshBundle() {
  const shown = relative(repoRoot, bundledSpecPath);
  if (!existsSync(bundledSpecPath)) throw new Error(`${shown} is missing: build the spec first (pnpm build, or pnpm release:check which builds it)`);
  if (statSync(bundledSpecPath).mtimeMs < newestMtime(specSourceDir)) {
    throw new Error(`${shown} is older than spec/: rebuild it (pnpm build) so the check compares the current spec`);
  }
}

export async function gatherFacts() {
  assertFreshBundle();
  const lastRelease = readLastRelease();
  const since = lastRelease.released ? await lastReleaseCommit() : await rootCommit();
  const { fixed, changedFilePatterns } = readChangesetConfig();
  const fixedGroup = fixed.find((group) => group.includes(SPEC_PACKAGE)) ?? [SPEC_PACKAGE];
  const [files, packages, plan, sinceShort] = await Promise.all([
    changedFilesSince(since),
    publicPackages(),
    releasePlan(),
    shortCommit(since),
  ]);
  const specChanged = lastRelease.released && !sameJsonFile(lastRelease.specPath, bundledSpecPath);
  const changed = changedPublicPackages({
    files,
    publicPackages: packages,
    patterns: changedFilePatterns,
    released: lastRelease.released,
    specChanged,
    specPackage: SPEC_PACKAGE,
  });
  const [breaking, typeCompat] = await Promise.all([
    specChanged ? detectBreakingFiles(lastRelease.specPath, bundledSpecPath) : undefined,
    lastRelease.released ? checkReleasedConsumerTypes(since, packages) : undefined,
  ]);
  const emptyChangesets = plan.changesets.filter((c) => c.releases.length === 0).map((c) => c.id);
  return { lastRelease, since, sinceShort, changed, plan, breaking, typeCompat, fixedGroup, emptyChangesets, publicPackages: packages };
}
