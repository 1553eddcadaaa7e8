// @ts-check
// Runs a command and returns its stdout; a failure names the command and carries its output.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<string>}
 */
export async function exec(command, args, options = {}) {
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  try {
    const { stdout } = await run(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const err =
      /** @type {{ stdout?: string, stderr?: string, code?: number | string, signal?: string, killed?: boolean, message: string }} */ (
        error
      );
    const output = `${err.stdout ?? ""}\n${err.stderr ?? ""}`.trim();
    const how = err.killed
      ? `killed by ${err.signal} after the ${timeoutMs / 1000} s timeout`
      : err.signal
        ? `killed by ${err.signal}`
        : `exit ${String(err.code)}`;
    const wrapped = new Error(`\`${[command, ...args].join(" ")}\` failed (${how})${output ? `:\n${output}` : ""}`);
    Object.assign(wrapped, { exitCode: err.code, stdout: err.stdout ?? "", stderr: err.stderr ?? "" });
    throw wrapped;
  }
}
