// Validates values against the bundled spec's schemas with ajv 2020, independently of the emulator's own
// validator: the seed is checked against the contract, not against the code that serves it.
import { document } from "@backup-api/spec";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: under NodeNext its default export may arrive as the module namespace.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const DOCUMENT_ID = "https://backup-api.local/seed-test/openapi.json";

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ ...(document as object), $id: DOCUMENT_ID });

const compiled = new Map<string, ValidateFunction>();

export function schemaValidator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/${name}` });
    compiled.set(name, validate);
  }
  return validate;
}

/** The errors of `value` against the schema, as readable text; `[]` when it is valid. */
export function schemaErrors(name: string, value: unknown): string[] {
  const validate = schemaValidator(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}

/** The property names a schema declares, to check that a `Required<…>` object sets every one of them. */
export function schemaProperties(name: string): string[] {
  const schemas = (
    document as unknown as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }
  ).components.schemas;
  return Object.keys(schemas[name]?.properties ?? {});
}
