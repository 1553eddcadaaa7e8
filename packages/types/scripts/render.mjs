// Renders the TypeScript declarations of the bundled spec:
//   src/generated/openapi.ts        the wire types, as the spec says (every response field optional);
//   src/generated/decoded.ts        the decoded view: the same spec with every field proto3 JSON leaves out at
//                                   its default (scalars, lists) marked required, since @backup-api/client fills
//                                   them in;
//   src/generated/wire-names.ts     a friendly name for each schema of the spec (`Backup`), in each view;
//   src/generated/decoded-names.ts
// Shared by `pnpm generate` (writes the files) and the drift test (compares in memory), so both always run the
// exact same generator with the same options.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { fieldRule, isMessageSchema, loadBundle, oneofMembers } from "@backup-api/spec-walker/node";
import openapiTS, { astToString } from "openapi-typescript";

export const specPath = fileURLToPath(new URL("../../spec/dist/openapi.yaml", import.meta.url));
export const outputPath = fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));
export const decodedOutputPath = fileURLToPath(new URL("../src/generated/decoded.ts", import.meta.url));
const generatedPath = (name) => fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));

const OPTIONS = { exportType: false, alphabetize: false };

const header = `/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by openapi-typescript from packages/spec/dist/openapi.yaml (run \`pnpm --filter @backup-api/types generate\`).
 * A test fails when this file drifts from what the spec generates.
 */

`;

const decodedHeader = `/**
 * GENERATED FILE — DO NOT EDIT.
 * The decoded view of the spec: what @backup-api/client returns. Produced by openapi-typescript from
 * packages/spec/dist/openapi.json with every field that proto3 JSON leaves out at its default (scalars, int64
 * strings, enums, lists) marked required, because the client fills those defaults in; message-typed fields
 * (timestamps, objects, Any) keep their presence and stay optional. The rule is @backup-api/spec-walker's
 * fieldRule. Run \`pnpm --filter @backup-api/types generate\`; a test fails when this file drifts.
 */

`;

export async function render() {
  const yaml = await readFile(specPath, "utf8");
  return header + astToString(await openapiTS(yaml, OPTIONS));
}

/**
 * Marks required, in place, each field of an object schema (and of the objects nested in it without a `$ref`)
 * that the client fills with its proto3 default.
 */
function markDefaultsRequired(doc, schema, pointer) {
  if (schema.properties) {
    const required = [...(schema.required ?? [])];
    const oneof = oneofMembers(schema);
    for (const [name, property] of Object.entries(schema.properties)) {
      const at = `${pointer}/properties/${name}`;
      const rule = fieldRule(doc, {
        name,
        property,
        pointer: at,
        required: required.includes(name),
        oneof: oneof.has(name),
      });
      if (rule.kind === "scalar" || rule.kind === "list") required.push(name);
      if (property.$ref) continue;
      if (isMessageSchema(property)) markDefaultsRequired(doc, property, at);
      if (property.type === "array" && property.items && !property.items.$ref && isMessageSchema(property.items)) {
        markDefaultsRequired(doc, property.items, `${at}/items`);
      }
    }
    if (required.length > 0) schema.required = required;
  }
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    (schema[key] ?? []).forEach((part, index) => {
      if (!part.$ref) markDefaultsRequired(doc, part, `${pointer}/${key}/${index}`);
    });
  }
}

export async function renderDecoded() {
  const doc = loadBundle();
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    if (isMessageSchema(schema)) markDefaultsRequired(doc, schema, `/components/schemas/${name}`);
  }
  return decodedHeader + astToString(await openapiTS(doc, OPTIONS));
}

/** The opening sentences of a schema's description (up to a blank line, a list or a table), as a doc comment. */
function summary(schema) {
  const lines = (schema.description ?? "").split("\n");
  const end = lines.findIndex((line) => line.trim() === "" || /^\s*[-|]/.test(line));
  const text = lines
    .slice(0, end < 0 ? lines.length : end)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return text ? `/** ${text.replace(/\*\//g, "*\\/")} */\n` : "";
}

/** `export type Backup = Schemas["Backup"];` for every schema of the spec, by name. */
function renderNames(view, from) {
  const { components } = loadBundle();
  const names = Object.entries(components.schemas)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, schema]) => `${summary(schema)}export type ${name} = Schemas[${JSON.stringify(name)}];\n`)
    .join("");
  return `/**
 * GENERATED FILE — DO NOT EDIT.
 * A friendly name for each schema of the spec, in the ${view} view. Produced by packages/types/scripts/render.mjs
 * (run \`pnpm --filter @backup-api/types generate\`); a test fails when this file drifts from the spec.
 */
import type { components } from "${from}";

type Schemas = components["schemas"];

${names}`;
}

export const renderWireNames = async () => renderNames("wire", "./openapi.js");
export const renderDecodedNames = async () => renderNames("decoded", "./decoded.js");

const generatedFile = (path, renderFile) => ({
  name: path.slice(path.lastIndexOf("/") + 1),
  path,
  render: renderFile,
  readCommitted: () => readFile(path, "utf8"),
});

/** Every generated file: its name, where it lives, what renders it and how to read the committed copy. */
export const GENERATED_FILES = [
  generatedFile(outputPath, render),
  generatedFile(decodedOutputPath, renderDecoded),
  generatedFile(generatedPath("wire-names.ts"), renderWireNames),
  generatedFile(generatedPath("decoded-names.ts"), renderDecodedNames),
];

export function readCommitted() {
  return readFile(outputPath, "utf8");
}
