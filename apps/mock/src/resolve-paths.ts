import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The bundled spec built by `@backup-api/spec`: where it lives is spec-walker's to say. */
export { bundlePath as bundledSpecPath } from "@backup-api/spec-walker/node";

const require = createRequire(import.meta.url);

/** Prism's CLI entry, run with this Node so no shell wrapper sits between us and Prism's pid. */
export function prismCliPath(): string {
  const pkgJson = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = require(pkgJson) as { bin: { prism: string } };
  return join(dirname(pkgJson), pkg.bin.prism);
}
