// Renders the TypeScript declarations of the bundled spec. Shared by `pnpm generate` (writes the file) and the
// drift test (compares in memory), so both always run the exact same generator with the same options.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

export const specPath = fileURLToPath(new URL("../../spec/dist/openapi.yaml", import.meta.url));
export const outputPath = fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));

const header = `/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by openapi-typescript from packages/spec/dist/openapi.yaml (run \`pnpm --filter @backup-api/types generate\`).
 * A test fails when this file drifts from what the spec generates.
 */

`;

export async function render() {
  const yaml = await readFile(specPath, "utf8");
  const ast = await openapiTS(yaml, { exportType: false, alphabetize: false });
  return header + astToString(ast);
}

export function readCommitted() {
  return readFile(outputPath, "utf8");
}
