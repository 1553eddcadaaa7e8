// The TypeScript samples: one real file per operation in samples/, type-checked against @backup-api/client
// by the tests, so the docs never show code that does not compile.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SAMPLES_DIR = new URL("../../samples/", import.meta.url);

/**
 * @param {string[]} operationIds
 * @param {string} dir
 * @returns {Map<string, string>} operationId → sample source
 */
export function loadTypeScriptSamples(operationIds, dir) {
  const missing = operationIds.filter((id) => !existsSync(join(dir, `${id}.ts`)));
  if (missing.length) {
    throw new Error(
      `No TypeScript sample for operation(s) ${missing.join(", ")}: add apps/docs/samples/<operationId>.ts for each`,
    );
  }
  const stale = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .filter((id) => !operationIds.includes(id));
  if (stale.length) {
    throw new Error(`Samples for operations the spec does not have: ${stale.join(", ")} (in apps/docs/samples/)`);
  }
  return new Map(operationIds.map((id) => [id, readFileSync(join(dir, `${id}.ts`), "utf8").trim()]));
}
