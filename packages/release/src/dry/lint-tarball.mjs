// @ts-check
// publint --strict and arethetypeswrong on the published tarball (what users get, not the source folder).
// attw takes its options from the package's own `.attw.json` (say, an entry point it should not judge), and
// judges by the node16 profile when the package has none (its default profile also asks for node10 resolution).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { exec } from "../exec.mjs";
import { binDir } from "../paths.mjs";

/** @param {Promise<unknown>} run @returns {Promise<string | true>} true, or the tool's complaint */
const verdict = (run) =>
  run.then(
    () => /** @type {true} */ (true),
    (error) => String(error.message),
  );

/**
 * @param {string} tarball
 * @param {string} dir the package's folder in the workspace
 */
export async function lintTarball(tarball, dir) {
  const attwConfig = join(dir, ".attw.json");
  const [publint, attw] = await Promise.all([
    verdict(exec(join(binDir, "publint"), ["run", tarball, "--strict"])),
    verdict(
      exec(join(binDir, "attw"), [
        tarball,
        ...(existsSync(attwConfig) ? ["--config-path", attwConfig] : ["--profile", "node16"]),
        "--format",
        "ascii",
      ]),
    ),
  ]);
  return { publint, attw };
}
