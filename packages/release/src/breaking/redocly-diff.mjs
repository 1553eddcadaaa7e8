// @ts-check
// Runs `redocly diff` (the maintained rater of OpenAPI changes) on two documents and returns its JSON report.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { binDir, diffRulesPath } from "../paths.mjs";

const run = promisify(execFile);

/**
 * @typedef {'major' | 'minor' | 'patch'} Impact
 * @typedef {{ ruleId: string, impact: Impact, message: string, location?: { pointer?: string } }} Verdict
 * @typedef {{ pointer?: string, value?: unknown }} Side
 * @typedef {{ path: string, kind: 'added' | 'removed' | 'modified', impact: Impact, property?: string,
 *   verdicts: Verdict[], base?: Side, revision?: Side }} Change
 * @typedef {{ bump?: Impact, summary: Record<Impact, number>, changes: Change[] }} DiffReport
 */

/**
 * Compares two OpenAPI documents given as file paths.
 * @param {string} basePath
 * @param {string} revisionPath
 * @returns {Promise<DiffReport>}
 */
export async function redoclyDiffFiles(basePath, revisionPath) {
  const args = [
    "diff",
    basePath,
    revisionPath,
    "--config",
    diffRulesPath,
    "--lint-config",
    "off",
    "--format",
    "json",
    "--fail-on",
    "none",
  ];
  let stdout;
  try {
    ({ stdout } = await run(join(binDir, "redocly"), args, {
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
      },
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const err = /** @type {{ stderr?: string, message: string }} */ (error);
    const detail = (err.stderr ?? "")
      .split("\n")
      .filter((line) => line.trim() && !/[║╔╚]/.test(line))
      .join("\n");
    throw new Error(`redocly diff ${basePath} ${revisionPath} failed: ${detail || err.message}`);
  }
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`redocly diff printed no JSON report; it printed:\n${stdout.slice(0, 2000)}`);
  }
}
