// Size of the client as an app would ship it: the ESM build bundled with its dependencies (openapi-fetch),
// minified for the build's own target, then gzipped. Shared by the size-budget test and the benchmark.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BUILD_TARGET } from "./build-target.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

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
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/**
 * The whole public API of the built client; openapi-fetch alone; the floor: openapi-fetch with bare methods
 * and none of the client's behaviours (`size-floor-client.mjs`), to show what the behaviours cost together; and
 * the error classes alone, as an app that only checks `instanceof` imports them (no openapi-fetch in it).
 */
export async function measureSize() {
  return {
    client: await bundle('export * from "./dist/index.js";'),
    openapiFetch: await bundle('export { default } from "openapi-fetch";'),
    floor: await bundle('export * from "./scripts/size-floor-client.mjs";'),
    errorsOnly: await bundle('export { BackupApiError, BackupClientError } from "./dist/index.js";'),
  };
}
