// A JSON Schema 2020-12 validator for the bundle's schemas, independent of Redocly and Prism.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonObject } from './bundle.js';

// ajv-formats is CJS; under NodeNext its default export arrives as the module namespace.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const DOC_ID = 'https://backup-api.local/openapi.json';

/**
 * Registers the whole bundle under DOC_ID so that any schema inside it can be compiled by pointer and its
 * local `#/components/...` refs resolve. OpenAPI-only keywords (discriminator, example) are annotations here.
 */
export function createValidator(doc: JsonObject) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  return {
    ajv,
    validatorAt(pointer: string) {
      return ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
    },
  };
}
