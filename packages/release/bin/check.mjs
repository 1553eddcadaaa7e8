#!/usr/bin/env node
// @ts-check
// pnpm release:check — every changed public package has a changeset, and a breaking spec change has a major one.
import { gatherFacts } from "../src/check/gather-facts.mjs";
import { decide } from "../src/check/decide.mjs";

try {
  const facts = await gatherFacts();
  const { release, changed, plan, breaking, typeCompat, emptyChangesets } = facts;
  console.log(
    release.released
      ? `release:check: changes since the last release, ${release.tag} (commit ${release.commit.slice(0, 9)})`
      : "release:check: nothing released yet (no @backup-api/spec@<version> tag), so every public package counts as changed",
  );
  if (!release.released && release.shallowClone) {
    // Not an error: a fresh project's shallow CI clone is right to find nothing. But say what could be missing.
    console.warn(
      "  ⚠ this is a shallow clone, which may lack the release tags: if anything was released, fetch them (git fetch --unshallow --tags; in CI, checkout with fetch-depth: 0)",
    );
  }
  const planned = new Map(plan.releases.map((r) => [r.name, r]));
  if (changed.length === 0) console.log("  no public package changed");
  for (const pkg of changed) {
    const r = planned.get(pkg.name);
    const planLine =
      r && r.type !== "none"
        ? `${r.type}: ${r.oldVersion} → ${r.newVersion} (${r.changesets.join(", ")})`
        : "no changeset";
    console.log(`  ${pkg.name.padEnd(22)} ${pkg.reasons.join("; ")}  ⇒  ${planLine}`);
  }
  if (emptyChangesets.length > 0)
    console.log(`  empty changeset(s) ${emptyChangesets.join(", ")}: the changes are declared to need no release`);
  if (!breaking) console.log("  breaking changes: nothing to compare with (no released spec yet)");
  else if (breaking.changes.length === 0) console.log("  breaking changes: none (the spec equals the released one)");
  else
    console.log(
      `  spec changes since the release: ${breaking.changes.length}, rated ${breaking.bump}; breaking: ${breaking.breaking.length}`,
    );
  if (typeCompat) {
    console.log(
      typeCompat.files.length === 0
        ? "  released consumer type tests: none in the release commit"
        : `  released consumer type tests (${typeCompat.files.length} files) against the current packages: ${typeCompat.ok ? "compile" : "DO NOT compile"}`,
    );
  }

  const { ok, problems } = decide(facts);
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (ok) console.log("✓ release:check passed");
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`✗ release:check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
