import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The bundled spec built by `@backup-api/spec` (`pnpm --filter @backup-api/spec build`). */
export function bundledSpecPath(): string {
  try {
    return require.resolve("@backup-api/spec/openapi.json");
  } catch (cause) {
    throw new Error(
      "Cannot find @backup-api/spec/openapi.json: build the spec first (pnpm --filter @backup-api/spec build)",
      { cause },
    );
  }
}

/** Prism's CLI entry, run with this Node so no shell wrapper sits between us and Prism's pid. */
export function prismCliPath(): string {
  const pkgJson = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = require(pkgJson) as { bin: { prism: string } };
  return join(dirname(pkgJson), pkg.bin.prism);
}
