// @ts-check
// One workflow file through action-validator's own CLI (@action-validator/cli 0.6.0: GitHub's workflow schema
// compiled to wasm, so it runs offline). The CLI takes one file and prints its findings as JSON on stderr.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

function validatorCli() {
  const manifest = require.resolve("@action-validator/cli/package.json");
  const { bin } = /** @type {{ bin: Record<string, string> }} */ (require(manifest));
  const entry = bin["action-validator"];
  if (!entry) throw new Error(`${manifest} has no action-validator bin: has the package changed?`);
  return join(dirname(manifest), entry);
}

/**
 * @param {string} file a workflow file (an `action.yml` is validated as an action instead)
 * @returns {{ file: string, valid: boolean, findings: string }} findings: the validator's output when invalid
 */
export function validateWorkflow(file) {
  const run = spawnSync(process.execPath, [validatorCli(), file], { encoding: "utf8" });
  if (run.error) throw new Error(`could not run action-validator on ${file}: ${run.error.message}`);
  return { file, valid: run.status === 0, findings: `${run.stderr}${run.stdout}`.trim() };
}
