// @ts-check
// The breaking-change detector: redocly's diff, tightened for TypeScript consumers, summed up as one bump.
import { join } from "node:path";
import { SPEC_FOLDER, SPEC_ROOT_FILE, repoRoot } from "../paths.mjs";
import { withFolderAtCommit } from "../releases/folder-at-commit.mjs";
import { redoclyDiffFiles } from "./redocly-diff.mjs";
import { applyConsumerRules } from "./typescript-consumer-rules.mjs";

/** @typedef {import('./redocly-diff.mjs').Impact} Impact */
/** @typedef {import('./redocly-diff.mjs').Change} Change */
/**
 * @typedef {{ bump: Impact | 'none', changes: Change[], breaking: { where: string, rule: string, message: string }[] }} Verdict
 */

const order = /** @type {const} */ (["none", "patch", "minor", "major"]);

/**
 * @param {import('./redocly-diff.mjs').DiffReport} report
 * @returns {Verdict}
 */
export function rate(report) {
  const changes = report.changes.map(applyConsumerRules);
  /** @type {Impact | 'none'} */
  let bump = "none";
  for (const change of changes) if (order.indexOf(change.impact) > order.indexOf(bump)) bump = change.impact;
  const breaking = changes
    .filter((c) => c.impact === "major")
    .flatMap((c) =>
      c.verdicts
        .filter((v) => v.impact === "major")
        .map((v) => ({ where: v.location?.pointer ?? c.path, rule: v.ruleId, message: v.message })),
    );
  return { bump, changes, breaking };
}

/**
 * The spec as released (its source in the release commit) against the spec's source now. redocly resolves
 * the `$ref`s between files itself, so neither side needs building.
 * @param {string} releaseCommit
 */
export async function detectBreakingSince(releaseCommit) {
  return withFolderAtCommit(releaseCommit, SPEC_FOLDER, (root) =>
    redoclyDiffFiles(join(root, SPEC_FOLDER, SPEC_ROOT_FILE), join(repoRoot, SPEC_FOLDER, SPEC_ROOT_FILE)).then(rate),
  );
}
