// Where the emulator under test lives on disk: its build and bin, and Steady's native binary. (The bundled spec and
// Prism's CLI come from @backup-api/mock, so the bench runs the same Prism on the same document as startMock().)
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The emulator as users get it: the built ESM entry, not the TypeScript sources. */
export const EMULATOR_INDEX_URL = new URL("../dist/index.js", import.meta.url).href;
export const EMULATOR_BIN = fileURLToPath(new URL("../bin/backup-api-emulator.cjs", import.meta.url));

/**
 * Steady's own binary, as its `steady` launcher (a node script) finds it: in the registry package
 * `@stdy/cli-<platform>-<arch>`, an optional dependency of the bench's devDependency `@stdy/cli`. Run directly, so
 * that its time to first 200 is Steady's, not that of a node process starting it.
 */
export function steadyBinaryPath() {
  const platformPackage = `@stdy/cli-${process.platform}-${process.arch}`;
  try {
    const launcher = createRequire(import.meta.url).resolve("@stdy/cli/package.json");
    const manifest = createRequire(launcher).resolve(`${platformPackage}/package.json`);
    return join(dirname(manifest), "bin", process.platform === "win32" ? "steady.exe" : "steady");
  } catch (error) {
    throw new Error(
      `Steady's binary for this machine (${platformPackage}) is not installed: run \`pnpm install\` (devDependency @stdy/cli). ${error.message}`,
    );
  }
}
