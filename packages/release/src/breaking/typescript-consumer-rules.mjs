// @ts-check
// Tightens redocly's ratings to what breaks a TypeScript consumer of @backup-api/types and the client.
//
// redocly reasons about the wire: a response enum that lost values is safe (the client only sees fewer
// values), so it rates that `patch`. Our types make every enum a union of string literals, and consumer
// code such as `backup.type === "INCREMENTAL"` stops compiling once the literal is gone. So a narrowed enum
// is major in either direction.

/** @typedef {import('./redocly-diff.mjs').Change} Change */
/** @typedef {import('./redocly-diff.mjs').Verdict} Verdict */

/**
 * @param {Change} change
 * @returns {Verdict | undefined} the extra verdict, when this rule applies to the change
 */
export function narrowedEnumVerdict(change) {
  if (change.property !== "enum" || change.kind !== "modified") return undefined;
  const before = change.base?.value;
  const after = change.revision?.value;
  if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
  const kept = new Set(after.map((v) => JSON.stringify(v)));
  const lost = before.filter((v) => !kept.has(JSON.stringify(v)));
  if (lost.length === 0) return undefined;
  return {
    ruleId: "typescript/enum-narrowed",
    impact: "major",
    message: `Enum lost ${lost.map((v) => JSON.stringify(v)).join(", ")}: consumer code that names a removed literal stops compiling.`,
    location: { pointer: change.revision?.pointer ?? change.path },
  };
}

const consumerRules = [narrowedEnumVerdict];

/**
 * Returns the change with our rules' verdicts added and its impact raised to the highest verdict.
 * @param {Change} change
 * @returns {Change}
 */
export function applyConsumerRules(change) {
  // Already major by redocly's own rule (say, an enum narrowed in a request): its message says enough.
  if (change.verdicts.some((v) => v.impact === "major")) return change;
  const extra = consumerRules.map((rule) => rule(change)).filter((v) => v !== undefined);
  if (extra.length === 0) return change;
  return { ...change, impact: "major", verdicts: [...change.verdicts, ...extra] };
}
