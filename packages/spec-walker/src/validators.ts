// JSON Schema 2020-12 validators for the bundle's schemas (ajv, independent of Redocly and Prism).
import { Ajv2020, type CodeOptions, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { SpecNode } from "./document.js";
import type { SpecOperation } from "./operations.js";
import { resolveRefAt } from "./pointers.js";

// ajv-formats is CommonJS: depending on the loader (Node, a bundler, the emulator's CJS build) its default import
// is the plugin itself or the module object whose `default` is the plugin.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** The id the whole document is registered under, so any schema in it compiles by pointer. */
export const DOCUMENT_ID = "https://backup-api.local/openapi.json";

export interface SpecValidator {
  /** The ajv instance, for what the helpers below do not cover (`ajv.formats`, `ajv.errorsText`). */
  ajv: Ajv2020;
  /** The validator of the schema at a JSON pointer of the document (`/components/schemas/Backup`). */
  validatorAt(pointer: string): ValidateFunction;
  /** [] when `value` fits the schema at `pointer`, otherwise one line per problem (`/size must be string`). */
  errorsAt(pointer: string, value: unknown): string[];
  /** Pointer of the JSON schema an operation declares for one response status (shared responses followed). */
  responseSchemaPointer(operation: SpecOperation, status: number | string): string;
  /** [] when `body` fits what `operation` declares for `status`, otherwise one line per problem. */
  responseErrors(operation: SpecOperation, status: number | string, body: unknown): string[];
}

export interface ValidatorOptions {
  /**
   * Check the document against JSON Schema's meta-schema when it is registered (default true). The emulator
   * turns it off: its bundle was linted when it was built, and the check would be most of its cold start.
   */
  validateSchema?: boolean;
}

/**
 * Registers the document once; validators are compiled on first use and kept. OpenAPI-only keywords
 * (discriminator, example) are annotations here.
 */
/**
 * An ajv instance with the whole document registered under DOCUMENT_ID. The one place its options are set, so
 * that validators compiled here and the standalone ones written by `standaloneValidatorsModule` judge alike.
 */
export function specAjv(doc: SpecNode, options: ValidatorOptions & { code?: CodeOptions } = {}): Ajv2020 {
  const checkAgainstMetaSchema = options.validateSchema ?? true;
  // Off, it is off for the small `$ref` schema each validator is compiled from too: checking that one would
  // compile the meta-schema's own validator on the first request, most of the first answer's time.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: true,
    validateSchema: checkAgainstMetaSchema,
    ...(options.code && { code: options.code }),
  });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOCUMENT_ID }, undefined, undefined, checkAgainstMetaSchema);
  return ajv;
}

/** What a validator of the schema at `pointer` is compiled from: a reference into the registered document. */
export const schemaRefAt = (pointer: string) => ({ $ref: `${DOCUMENT_ID}#${pointer}` });

export function createValidator(doc: SpecNode, options: ValidatorOptions = {}): SpecValidator {
  const ajv = specAjv(doc, options);
  const compiled = new Map<string, ValidateFunction>();

  const validatorAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile(schemaRefAt(pointer));
      compiled.set(pointer, validate);
    }
    return validate;
  };

  const errorsAt = (pointer: string, value: unknown) => {
    const validate = validatorAt(pointer);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`.trim());
  };

  const responseSchemaPointer = (operation: SpecOperation, status: number | string) => {
    const declared = operation.operation.responses?.[String(status)];
    if (!declared) throw new Error(`spec: ${operation.operationId} declares no ${status} response`);
    const { pointer } = resolveRefAt(doc, declared, `${operation.pointer}/responses/${status}`);
    return `${pointer}/content/application~1json/schema`;
  };

  return {
    ajv,
    validatorAt,
    errorsAt,
    responseSchemaPointer,
    responseErrors: (operation, status, body) => errorsAt(responseSchemaPointer(operation, status), body),
  };
}

export type { ErrorObject, ValidateFunction };
