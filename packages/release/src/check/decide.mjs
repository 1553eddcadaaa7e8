// @ts-check
// The release check's decision, from facts gathered elsewhere (pure, so every rule is unit-tested).

/** @typedef {import('../changes/changed-packages.mjs').ChangedPackage} ChangedPackage */
/** @typedef {import('../changes/release-plan.mjs').ReleasePlan} ReleasePlan */
/** @typedef {import('../breaking/detect-breaking.mjs').Verdict} BreakingVerdict */
/** @typedef {import('../compat/released-consumer-types.mjs').CompatResult} CompatResult */

const SHOWN_BREAKING = 10;
const ranks = ["none", "patch", "minor", "major"];
/** @param {string | undefined} type */
const rank = (type) => ranks.indexOf(type ?? "none");
/** @param {string[]} names @param {Map<string, string>} planned */
const describePlan = (names, planned) => names.map((n) => `${n} ${planned.get(n) ?? "none"}`).join(", ");

/**
 * @param {{ changed: ChangedPackage[], plan: ReleasePlan, breaking: BreakingVerdict | undefined,
 *   typeCompat?: CompatResult | undefined, fixedGroup: string[], emptyChangesets: string[] }} facts
 * @returns {{ ok: boolean, problems: string[] }}
 */
export function decide({ changed, plan, breaking, typeCompat, fixedGroup, emptyChangesets }) {
  /** @type {string[]} */
  const problems = [];
  const planned = new Map(plan.releases.map((r) => [r.name, r.type]));

  // An empty changeset (`pnpm changeset --empty`) says on purpose that the change needs no release.
  if (emptyChangesets.length === 0) {
    for (const pkg of changed) {
      const type = planned.get(pkg.name) ?? "none";
      if (type === "none") {
        problems.push(
          `${pkg.name} changed (${pkg.reasons.join("; ")}) but no changeset releases it. ` +
            "Run `pnpm changeset` and pick it, or `pnpm changeset --empty` if the change needs no release.",
        );
      }
    }
  }

  if (breaking && breaking.breaking.length > 0) {
    const notMajor = fixedGroup.filter((name) => planned.get(name) !== "major");
    if (notMajor.length > 0) {
      const list = breaking.breaking
        .slice(0, SHOWN_BREAKING)
        .map((b) => `    - ${b.message} [${b.rule}] at ${b.where}`)
        .join("\n");
      const more =
        breaking.breaking.length > SHOWN_BREAKING
          ? `\n    … and ${breaking.breaking.length - SHOWN_BREAKING} more`
          : "";
      problems.push(
        `the spec has ${breaking.breaking.length} breaking change(s) since the last release, so ${fixedGroup.join(", ")} ` +
          `need a major changeset (planned: ${describePlan(fixedGroup, planned)}).\n${list}${more}\n` +
          "  Run `pnpm changeset`, choose major for @backup-api/spec (the fixed group bumps the others with it) and tell users how to migrate; or undo the breaking edit.",
      );
    }
  } else if (breaking && breaking.bump === "minor") {
    // Additions (a new field, parameter, operation) are a feature: semver says minor, not patch.
    const belowMinor = fixedGroup.filter((name) => rank(planned.get(name)) < rank("minor"));
    if (belowMinor.length > 0) {
      problems.push(
        `the spec gained features since the last release (redocly rates the diff minor), so ${fixedGroup.join(", ")} need at least a minor changeset ` +
          `(planned: ${describePlan(fixedGroup, planned)}). Run \`pnpm changeset\` and choose minor for @backup-api/spec.`,
      );
    }
  }
  if (typeCompat && !typeCompat.ok && fixedGroup.some((name) => planned.get(name) !== "major")) {
    const errors = typeCompat.errors
      .split("\n")
      .slice(0, 20)
      .map((line) => `    ${line}`)
      .join("\n");
    problems.push(
      `the last release's consumer type tests (${typeCompat.files.length} file(s)) no longer compile against the current packages: ` +
        `code written for the released version breaks, so ${fixedGroup.join(", ")} need a major changeset ` +
        `(planned: ${describePlan(fixedGroup, planned)}).\n${errors}\n` +
        "  Run `pnpm changeset` and choose major, or restore what the released types offered.",
    );
  }
  return { ok: problems.length === 0, problems };
}
