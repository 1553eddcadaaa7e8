// Builds @backup-api/spec from the hand-written spec/ folder at the repo root:
//   dist/openapi.yaml, dist/openapi.json  — the bundled document (`redocly bundle`), one file, $refs internal
//   dist/index.{js,cjs} + .d.ts/.d.cts   — the same document as a JS export with its exact literal type
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(pkgDir, "..", "..");
const dist = join(pkgDir, "dist");
const redocly = join(pkgDir, "node_modules", ".bin", "redocly");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

for (const ext of ["yaml", "json"]) {
  execFileSync(
    redocly,
    ["bundle", "backup@v1", "--config", join(repoRoot, "redocly.yaml"), "--output", join(dist, `openapi.${ext}`)],
    {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
}

const json = readFileSync(join(dist, "openapi.json"), "utf8").trim();
const header = "// Generated from spec/ by packages/spec/scripts/build.mjs. Do not edit.\n";

// JSON is valid TypeScript type syntax, so the document's own text is its exact (literal) type.
const declaration = `${header}type DeepReadonly<T> = T extends readonly unknown[] ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** The bundled OpenAPI 3.1 document of the Cloud Backup API. */
export type BackupApiDocument = DeepReadonly<${json}>;
/** The bundled OpenAPI 3.1 document of the Cloud Backup API. */
export declare const document: BackupApiDocument;
export default document;
`;
const declarationCjs = declaration
  .replace("export declare const document", "declare const document")
  .replace("export default document;", "export { document };\nexport default document;");

// The document as a JSON string parsed at load, not as an object literal: V8 reads JSON text several times faster
// than the same object written as JavaScript, which is part of every importer's start (the emulator's bin).
const parsed = `Object.freeze(JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(json)))}))`;
writeFileSync(join(dist, "index.js"), `${header}export const document = ${parsed};\nexport default document;\n`);
writeFileSync(
  join(dist, "index.cjs"),
  `${header}'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\nconst document = ${parsed};\nexports.document = document;\nexports.default = document;\n`,
);
writeFileSync(join(dist, "index.d.ts"), declaration);
writeFileSync(join(dist, "index.d.cts"), declarationCjs);

const doc = JSON.parse(json);
const count = (k) => Object.keys(doc.components?.[k] ?? {}).length;
console.log(
  `@backup-api/spec: bundled ${Object.keys(doc.paths).length} paths, ${count("schemas")} schemas, ` +
    `${count("parameters")} parameters, ${count("examples")} examples into ${dist}`,
);
