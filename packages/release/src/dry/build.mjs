// @ts-check
// Builds the packages to release (and what they depend on) through turbo, so a cached build is reused.
import { join } from 'node:path';
import { exec } from '../exec.mjs';
import { repoRoot } from '../paths.mjs';

/**
 * Keeps going past a failing package (`--continue`): the dry run reports which ones are not built.
 * @param {string[]} names
 * @returns {Promise<string | undefined>} turbo's output when some build failed
 */
export async function buildPackages(names) {
  const filters = names.map((n) => `--filter=${n}...`);
  try {
    await exec(join(repoRoot, 'node_modules', '.bin', 'turbo'), ['run', 'build', ...filters, '--continue', '--output-logs=errors-only'], {
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off' },
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
