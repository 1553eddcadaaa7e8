// @ts-check
// Runs the copied smoke tests in a consumer project (one file of a package's smoke folder on one runtime), and
// tsc over the consumer types.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exec } from "../exec.mjs";
import { consumerTsconfig } from "../consumer-tsconfig.mjs";
import { binDir } from "../paths.mjs";
import { smokeName } from "./consumer-project.mjs";

/** @typedef {import('./node-runtimes.mjs').Runtime} Runtime */
/** @typedef {{ ok: boolean, detail: string }} Outcome */

/**
 * @param {string} project consumer project folder
 * @param {string} name package name
 * @param {Runtime} runtime
 * @param {string} smoke file name in the package's smoke folder: `smoke.mjs`, `smoke.cjs`, `msw.mjs`
 * @param {string} mockUrl
 * @returns {Promise<Outcome | undefined>} undefined when the package has no such file (types only)
 */
export async function runSmoke(project, name, runtime, smoke, mockUrl) {
  const file = join(project, "smoke", smokeName(name), smoke);
  if (!existsSync(file)) return undefined;
  try {
    const out = await exec(runtime.node, [file], {
      cwd: project,
      env: { ...process.env, BACKUP_API_MOCK_URL: mockUrl },
      timeoutMs: 60_000,
    });
    return { ok: true, detail: out.trim() };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * tsc (module node16) over every consumer.mts / consumer.cts: the packages' `import` and `require` types.
 * @param {string} project
 * @returns {Promise<Outcome>}
 */
export async function typeCheckConsumers(project) {
  // The shipped declarations are checked too: a broken .d.ts must fail here, not in a user's build.
  const tsconfig = consumerTsconfig(["smoke/**/*.mts", "smoke/**/*.cts"], { checkDeclarations: true });
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  try {
    await exec(join(binDir, "tsc"), ["-p", join(project, "tsconfig.json")], { cwd: project });
    return { ok: true, detail: "tsc clean" };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
