#!/usr/bin/env node
// @ts-check
// pnpm release:check — every changed public package has a changeset, and a breaking spec change has a major one.
import { gatherFacts } from '../src/check/gather-facts.mjs';
import { decide } from '../src/check/decide.mjs';

try {
  const facts = await gatherFacts();
  const { lastRelease, sinceShort, changed, plan, breaking, typeCompat, fixedGroup, emptyChangesets } = facts;
  console.log(
    lastRelease.released
      ? `release:check: changes since the last release (commit ${sinceShort}, ${Object.entries(lastRelease.versions).map(([n, v]) => `${n}@${v}`).join(', ')})`
      : `release:check: nothing released yet (packages/release/baseline/last-release.json), so every public package counts as changed (history from the root commit ${sinceShort})`,
  );
  const planned = new Map(plan.releases.map((r) => [r.name, r]));
  if (changed.length === 0) console.log('  no public package changed');
  for (const pkg of changed) {
    const r = planned.get(pkg.name);
    const release = r && r.type !== 'none' ? `${r.type}: ${r.oldVersion} → ${r.newVersion} (${r.changesets.join(', ')})` : 'no changeset';
    console.log(`  ${pkg.name.padEnd(22)} ${pkg.reasons.join('; ')}  ⇒  ${release}`);
  }
  if (emptyChangesets.length > 0) console.log(`  empty changeset(s) ${emptyChangesets.join(', ')}: the changes are declared to need no release`);
  if (!lastRelease.released) console.log('  breaking changes: nothing to compare with (no released spec yet)');
  else if (!breaking) console.log('  breaking changes: none (the bundled spec equals the released one)');
  else console.log(`  spec changes since the release: ${breaking.changes.length}, rated ${breaking.bump}; breaking: ${breaking.breaking.length}`);

  if (typeCompat) {
    console.log(
      typeCompat.files.length === 0
        ? '  released consumer type tests: none in the release commit'
        : `  released consumer type tests (${typeCompat.files.length} files) against the current packages: ${typeCompat.ok ? 'compile' : 'DO NOT compile'}`,
    );
  }
  const { ok, problems } = decide({ changed, plan, breaking, typeCompat, fixedGroup, emptyChangesets });
  if (!ok) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    process.exitCode = 1;
  } else {
    console.log('✓ release:check passed');
  }
} catch (error) {
  console.error(`✗ release:check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
