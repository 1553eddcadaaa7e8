// Renders what the emulator keeps ready-made in src/generated/, so that it does less when it starts:
// - the request validators: ajv's standalone code for the schema of every parameter and request body the spec
//   declares (the emulator compiles nothing and ships no ajv compiler);
// - the default seed's state as JSON, built by src/seed/generate-seed.ts's buildSeed (parsed back several times
//   faster than it is generated).
// Shared by `pnpm --filter @backup-api/emulator generate` (writes the files) and the drift test (compares in memory).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  listOperations,
  loadBundle,
  requestSchemaPointers,
  standaloneValidatorsModule,
} from "@backup-api/spec-walker/node";
import { build } from "esbuild";

const header = (what, from = "the bundled spec") => `/**
 * GENERATED FILE — DO NOT EDIT.
 * ${what}
 * From ${from}, by packages/emulator/scripts/render-generated.mjs
 * (run \`pnpm --filter @backup-api/emulator generate\`). A test fails when this file drifts from it.
 */
`;

async function renderValidators() {
  const spec = await loadBundle();
  return `${header(
    "The validator of each request schema (parameters and JSON bodies) by its pointer in the spec: ajv's standalone code.",
  )}${standaloneValidatorsModule(spec, requestSchemaPointers(listOperations(spec)))}`;
}

async function renderValidatorTypes() {
  return `${header("The types of request-validators.js.")}import type { ValidateFunction } from "@backup-api/spec-walker";

/** The validator of each request schema, by its JSON pointer in the spec (\`/components/parameters/PathBackupId/schema\`). */
export declare const VALIDATORS: Readonly<Record<string, ValidateFunction>>;
`;
}

/**
 * buildSeed from the source (src/seed/generate-seed.ts, bundled by esbuild into a file under node_modules/.cache),
 * with the kept default seed left out of the bundle: building the seed does not read it, and it may not exist yet.
 */
async function loadBuildSeed() {
  const withoutKeptSeed = {
    name: "without-kept-seed",
    setup(context) {
      context.onResolve({ filter: /generated\/default-seed\.js$/ }, () => ({ path: "kept-seed", namespace: "stub" }));
      context.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
        contents: 'export const DEFAULT_SEED_STATE_JSON = "";',
      }));
    },
  };
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL("../src/seed/generate-seed.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    plugins: [withoutKeptSeed],
    logLevel: "error",
  });
  const folder = new URL("../node_modules/.cache/render-generated/", import.meta.url);
  await mkdir(folder, { recursive: true });
  const file = new URL(`generate-seed-${process.pid}.mjs`, folder);
  await writeFile(file, outputFiles[0].text);
  try {
    return (await import(file.href)).buildSeed;
  } finally {
    await rm(file);
  }
}

async function renderDefaultSeed() {
  const buildSeed = await loadBuildSeed();
  return `${header(
    "The default seed's state (generateSeed() with no options) as JSON, which generateSeed parses back.",
    "src/seed/generate-seed.ts's buildSeed",
  )}export const DEFAULT_SEED_STATE_JSON = ${JSON.stringify(JSON.stringify(buildSeed()))};
`;
}

const generatedFile = (name, render) => {
  const path = fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
  return { name, path, render, readCommitted: () => readFile(path, "utf8") };
};

export const GENERATED_FILES = [
  generatedFile("request-validators.js", renderValidators),
  generatedFile("request-validators.d.ts", renderValidatorTypes),
  generatedFile("default-seed.ts", renderDefaultSeed),
];
