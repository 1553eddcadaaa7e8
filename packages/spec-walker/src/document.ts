// The bundled spec as plain JSON, the way the repo's tools read it: a fresh copy each time, so a test may edit
// its copy to prove that a check can fail.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A node of the document. Its shape is open (extensions, examples, schemas), so nodes are read loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpecNode = { [key: string]: any };

const require = createRequire(import.meta.url);

/** Where `@backup-api/spec` keeps the bundle (`packages/spec/dist/openapi.json` in this repo). */
export function bundlePath(): string {
  try {
    return require.resolve("@backup-api/spec/openapi.json");
  } catch (cause) {
    throw new Error(
      "Cannot find @backup-api/spec/openapi.json: build the spec first (pnpm --filter @backup-api/spec build)",
      { cause },
    );
  }
}

/** A fresh, mutable copy of the bundled document. */
export function loadBundle(): SpecNode {
  return JSON.parse(readFileSync(bundlePath(), "utf8")) as SpecNode;
}
