// @ts-check
// The breaking-change detector: redocly's diff, tightened for TypeScript consumers, summed up as one bump.
import { redoclyDiffDocuments, redoclyDiffFiles } from './redocly-diff.mjs';
import { applyConsumerRules } from './typescript-consumer-rules.mjs';

/** @typedef {import('./redocly-diff.mjs').Impact} Impact */
/** @typedef {import('./redocly-diff.mjs').Change} Change */
/**
 * @typedef {{ bump: Impact | 'none', changes: Change[], breaking: { where: string, rule: string, message: string }[] }} Verdict
 */

const order = /** @type {const} */ (['none', 'patch', 'minor', 'major']);

/**
 * @param {import('./redocly-diff.mjs').DiffReport} report
 * @returns {Verdict}
 */
export function rate(report) {
  const changes = report.changes.map(applyConsumerRules);
  /** @type {Impact | 'none'} */
  let bump = 'none';
  for (const change of changes) if (order.indexOf(change.impact) > order.indexOf(bump)) bump = change.impact;
  const breaking = changes
    .filter((c) => c.impact === 'major')
    .flatMap((c) =>
      c.verdicts
        .filter((v) => v.impact === 'major')
        .map((v) => ({ where: v.location?.pointer ?? c.path, rule: v.ruleId, message: v.message })),
    );
  return { bump, changes, breaking };
}

/** @param {string} basePath @param {string} revisionPath */
export async function detectBreakingFiles(basePath, revisionPath) {
  return rate(await redoclyDiffFiles(basePath, revisionPath));
}

/** @param {unknown} base @param {unknown} revision */
export async function detectBreaking(base, revision) {
  return rate(await redoclyDiffDocuments(base, revision));
}
