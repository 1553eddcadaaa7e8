import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const APP_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const PAGE = fileURLToPath(new URL("../../dist/index.html", import.meta.url));
export const RENDERED_SPEC = fileURLToPath(new URL("../../dist/openapi.docs.json", import.meta.url));
export const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
export const TEST_OUTPUT = fileURLToPath(new URL("../../test-output/", import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function bundledSpec(): any {
  return JSON.parse(readFileSync(require.resolve("@backup-api/spec/openapi.json"), "utf8"));
}
