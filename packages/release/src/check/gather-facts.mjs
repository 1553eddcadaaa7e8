// @ts-check
// Collects what the release check decides on: the last release, what changed since, the changesets' plan,
// the spec's changes as redocly rates them, and whether the released consumer type tests still compile.
import { detectBreakingSince } from "../breaking/detect-breaking.mjs";
import { changedPublicPackages } from "../changes/changed-packages.mjs";
import { readChangesetConfig } from "../changes/changeset-config.mjs";
import { releasePlan } from "../changes/release-plan.mjs";
import { checkReleasedConsumerTypes } from "../compat/released-consumer-types.mjs";
import { lastRelease } from "../releases/last-release.mjs";
import { publicPackages } from "../workspace/packages.mjs";

export const SPEC_PACKAGE = "@backup-api/spec";

export async function gatherFacts() {
  const [packages, config, release, plan] = await Promise.all([
    publicPackages(),
    readChangesetConfig(),
    lastRelease(SPEC_PACKAGE),
    releasePlan(),
  ]);
  const fixedGroup = [...(config.fixed.find((group) => group.includes(SPEC_PACKAGE)) ?? [SPEC_PACKAGE])];
  const [breaking, typeCompat] = release.released
    ? await Promise.all([detectBreakingSince(release.commit), checkReleasedConsumerTypes(release.commit, packages)])
    : [undefined, undefined];
  const changed = await changedPublicPackages({
    release,
    publicNames: packages.map((p) => p.name),
    patterns: config.changedFilePatterns,
    specPackage: SPEC_PACKAGE,
    specChanges: breaking?.changes.length ?? 0,
  });
  const emptyChangesets = plan.changesets.filter((c) => c.releases.length === 0).map((c) => c.id);
  return { release, changed, plan, breaking, typeCompat, fixedGroup, emptyChangesets };
}
