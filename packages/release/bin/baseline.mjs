#!/usr/bin/env node
// @ts-check
// pnpm --filter @backup-api/release baseline — after `changeset version`: records the release about to be
// published as the baseline the next release:check compares with.
import { writeBaseline } from '../src/baseline/write-baseline.mjs';
import { readChangesetConfig } from '../src/changes/changeset-config.mjs';
import { SPEC_PACKAGE, assertFreshBundle } from '../src/check/gather-facts.mjs';
import { publicPackages } from '../src/workspace/packages.mjs';

try {
  assertFreshBundle();
  const fixedGroup = readChangesetConfig().fixed.find((g) => g.includes(SPEC_PACKAGE)) ?? [SPEC_PACKAGE];
  const { versions, files } = writeBaseline(await publicPackages(), fixedGroup);
  console.log(`baseline: recorded ${Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(', ')} in ${files.join(' and ')}`);
  console.log('Commit these with the version bump: that commit becomes the release the next release:check compares with.');
} catch (error) {
  console.error(`✗ baseline: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
