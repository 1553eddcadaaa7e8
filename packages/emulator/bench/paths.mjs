// Where the things under test live on disk: the emulator's build and bin, the bundled spec, Prism's CLI.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The emulator as users get it: the built ESM entry, not the TypeScript sources. */
export const EMULATOR_INDEX_URL = new URL("../dist/index.js", import.meta.url).href;
export const EMULATOR_BIN = fileURLToPath(new URL("../bin/backup-api-emulator.mjs", import.meta.url));

export function bundledSpecPath() {
  return require.resolve("@backup-api/spec/openapi.json");
}

/**
 * Prism's CLI entry, resolved from @backup-api/mock (which depends on it) as apps/mock/src/resolve-paths.ts does,
 * so that the bench runs the same Prism that startMock() runs, with this Node and no shell wrapper.
 */
export function prismCliPath() {
  const mockRequire = createRequire(require.resolve("@backup-api/mock/package.json"));
  const packageJsonPath = mockRequire.resolve("@stoplight/prism-cli/package.json");
  const { bin } = mockRequire(packageJsonPath);
  return join(dirname(packageJsonPath), typeof bin === "string" ? bin : bin.prism);
}
