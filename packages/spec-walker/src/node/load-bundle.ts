// The bundled spec as plain JSON, read from the file `@backup-api/spec` builds: a fresh copy each time, so a test
// may edit its copy to prove that a check can fail. Node only; the core reads a document it is handed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { SpecNode } from "../document.js";

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
