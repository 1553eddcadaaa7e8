// One ajv instance holding the whole bundle, so that any schema in it compiles by JSON pointer with its `$ref`s
// resolved. Validators are compiled on first use and kept, so a new emulator costs no compilation.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { document } from "./document.js";

// ajv-formats is CommonJS: depending on the loader its default export is the function or the module namespace.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const DOCUMENT_ID = "https://backup-api.local/openapi.json";

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function sharedAjv(): Ajv2020 {
  if (!ajv) {
    // strict: false — OpenAPI keywords (discriminator, example) are annotations to ajv.
    ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    // validateSchema: false — the bundle is linted when it is built; checking it against the meta-schema again
    // here would be most of the emulator's cold start.
    ajv.addSchema({ ...document, $id: DOCUMENT_ID }, undefined, undefined, false);
  }
  return ajv;
}

/** The validator of the schema at `pointer` (e.g. `/components/schemas/Backup`). */
export function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = sharedAjv().compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

export type { ErrorObject };
