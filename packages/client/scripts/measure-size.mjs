// Size of the client as an app would ship it: the ESM build bundled with its dependencies (openapi-fetch),
// minified for the build's own target, then gzipped. Shared by the size-budget test and the benchmark.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BUILD_TARGET } from "./build-target.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** An app's code, bundled as a bundler would ship it: its size minified and gzipped, and the minified code. */
async function bundle(contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    target: BUILD_TARGET,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, code: out.outputFiles[0].text };
}

/**
 * The two apps the budget covers, and three figures to read them by:
 *
 * - `getOnly`: an app that calls only `backups.get`, through its standalone function on a core;
 * - `everyService`: an app that uses every service, through `createBackupClient` (which holds every function);
 * - `wholeApi`: everything the package exports, more than any one app ships (the figure the budget used to measure);
 * - `openapiFetch`: openapi-fetch alone;
 * - `floor`: openapi-fetch with bare methods and none of the client's behaviours (`size-floor-client.mjs`), to
 *   show what the behaviours cost together;
 * - `errorsOnly`: the error classes alone, as an app that only checks `instanceof` imports them (no openapi-fetch);
 * - `settingsBuilder`: `policySettings` alone, which no client method brings in (an app imports it to build a policy).
 */
export async function measureSize() {
  return {
    getOnly: await bundle('export { backupsGet, createBackupCore } from "./dist/index.js";'),
    everyService: await bundle('export { createBackupClient } from "./dist/index.js";'),
    wholeApi: await bundle('export * from "./dist/index.js";'),
    openapiFetch: await bundle('export { default } from "openapi-fetch";'),
    floor: await bundle('export * from "./scripts/size-floor-client.mjs";'),
    errorsOnly: await bundle('export { BackupApiError, BackupClientError } from "./dist/index.js";'),
    settingsBuilder: await bundle('export { policySettings } from "./dist/index.js";'),
  };
}
