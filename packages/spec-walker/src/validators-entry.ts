// `@backup-api/spec-walker/validators`: JSON Schema validators of the spec's schemas, compiled at run time
// (`createValidator`) or written out as source (`standaloneValidatorsModule`). Apart from the core, so that a
// bundle of the core (the emulator's) carries no ajv; portable all the same (no Node built-ins).
export { standaloneValidatorsModule } from "./standalone-validators.js";
export {
  createValidator,
  DOCUMENT_ID,
  type ErrorObject,
  type SpecValidator,
  type ValidateFunction,
  type ValidatorOptions,
} from "./validators.js";
