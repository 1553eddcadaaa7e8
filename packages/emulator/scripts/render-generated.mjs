// Renders the emulator's request validators into src/generated/: ajv's standalone code for the schema of every
// parameter and request body the spec declares, so the emulator compiles nothing when it starts and ships no ajv
// compiler. Shared by `pnpm --filter @backup-api/emulator generate` (writes the files) and the drift test
// (compares in memory).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { listOperations, loadBundle, standaloneValidatorsModule } from "@backup-api/spec-walker/node";

const header = (what) => `/**
 * GENERATED FILE — DO NOT EDIT.
 * ${what}
 * From the bundled spec, by packages/emulator/scripts/render-generated.mjs
 * (run \`pnpm --filter @backup-api/emulator generate\`). A test fails when this file drifts from the spec.
 */
`;

/** The pointer of every schema a request is checked against: each parameter's, each JSON body's. */
export function requestSchemaPointers(spec) {
  return listOperations(spec).flatMap((operation) => [
    ...operation.parameters.map((parameter) => parameter.schemaPointer),
    ...(operation.requestBodySchemaPointer ? [operation.requestBodySchemaPointer] : []),
  ]);
}

async function renderValidators() {
  const spec = await loadBundle();
  return `${header(
    "The validator of each request schema (parameters and JSON bodies) by its pointer in the spec: ajv's standalone code.",
  )}${standaloneValidatorsModule(spec, requestSchemaPointers(spec))}`;
}

async function renderValidatorTypes() {
  return `${header("The types of request-validators.js.")}import type { ValidateFunction } from "@backup-api/spec-walker";

/** The validator of each request schema, by its JSON pointer in the spec (\`/components/parameters/PathBackupId/schema\`). */
export declare const VALIDATORS: Readonly<Record<string, ValidateFunction>>;
`;
}

const generatedFile = (name, render) => {
  const path = fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
  return { name, path, render, readCommitted: () => readFile(path, "utf8") };
};

export const GENERATED_FILES = [
  generatedFile("request-validators.js", renderValidators),
  generatedFile("request-validators.d.ts", renderValidatorTypes),
];
