// Validators as source code (ajv's standalone mode), compiled when a package is built instead of when a process
// starts: a package that ships them compiles nothing on its first request and carries no ajv compiler.
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import type { SpecNode } from "./document.js";
import { schemaRefAt, specAjv } from "./validators.js";

// CommonJS, like ajv-formats in validators.ts: the default import is the function or the module holding it.
type StandaloneCode = typeof standaloneCodeModule.default;
const standaloneCode: StandaloneCode =
  (standaloneCodeModule as unknown as { default?: StandaloneCode }).default ??
  (standaloneCodeModule as unknown as StandaloneCode);

/**
 * The helpers are CommonJS marked `__esModule`, and loaders disagree on their default import: Node gives
 * `module.exports`, vitest and some bundlers `exports.default`. The namespace, read this way, is `module.exports`
 * under all of them, which is what ajv's `require(…)` meant.
 */
const MODULE_EXPORTS = `const moduleExports = (namespace) => (namespace.default?.__esModule ? namespace.default : namespace);`;

/** ajv writes `require("ajv/dist/runtime/equal")` for the helpers its code calls. */
const REQUIRE_CALL = /require\("([^"]+)"\)/g;

/**
 * An ES module whose `VALIDATORS` maps each of `pointers` (`/components/schemas/Backup`) to the validator of the
 * schema there, judging exactly as `createValidator(doc, { validateSchema: false }).validatorAt(pointer)` does
 * (same options, same error objects). Its only imports are ajv's small runtime helpers (string length, formats,
 * deep equality): each `require` ajv writes becomes an import of the same CommonJS module, so the module is ESM
 * throughout.
 */
export function standaloneValidatorsModule(doc: SpecNode, pointers: Iterable<string>): string {
  const ajv = specAjv(doc, { validateSchema: false, code: { source: true, esm: true, lines: true } });
  const sorted = [...new Set(pointers)].sort();
  const exportNames = new Map(sorted.map((pointer, index) => [pointer, `validator${index}`]));
  for (const [pointer, name] of exportNames) ajv.addSchema(schemaRefAt(pointer), name);
  const code = standaloneCode(ajv, Object.fromEntries([...exportNames.values()].map((name) => [name, name])));

  const modules = [...new Set([...code.matchAll(REQUIRE_CALL)].map((match) => match[1] as string))].sort();
  const bindings = new Map(modules.map((module, index) => [module, `runtimeModule${index}`]));
  const imports = modules.map(
    (module, index) => `import * as runtimeNamespace${index} from ${JSON.stringify(`${module}.js`)};`,
  );
  const reads = modules.map(
    (module, index) => `const ${bindings.get(module)} = moduleExports(runtimeNamespace${index});`,
  );
  // A module is strict already: ajv's leading "use strict" would be a stray statement after the imports.
  const body = code
    .replace(/^"use strict";\n?/, "")
    .replace(REQUIRE_CALL, (_call, module: string) => bindings.get(module) as string);
  const table = sorted.map((pointer) => `  ${JSON.stringify(pointer)}: ${exportNames.get(pointer)},`);
  return `${imports.join("\n")}\n${MODULE_EXPORTS}\n${reads.join("\n")}\n${body}\n\nexport const VALIDATORS = {\n${table.join("\n")}\n};\n`;
}
