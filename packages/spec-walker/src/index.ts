// The core: reads a document it is handed, with no Node built-ins, so the emulator's core (browsers, workers) can
// use it. `@backup-api/spec-walker/node` adds loading the bundle from its file.
export type { SpecNode } from "./document.js";
export { type ListSelector, listSelectors } from "./list-selectors.js";
export {
  findOperation,
  HTTP_METHODS,
  listOperations,
  readServers,
  requestSchemaPointers,
  type SpecOperation,
  type SpecParameter,
  type SpecSelector,
  type SpecServer,
} from "./operations.js";
export { escapePointer, type Resolved, resolvePointer, resolveRef, resolveRefAt } from "./pointers.js";
export {
  type FieldRule,
  fieldRule,
  isMessageSchema,
  type MessageProperty,
  messageProperties,
  oneofMembers,
  type Proto3Field,
  proto3Field,
  unionBranches,
} from "./proto3-fields.js";
export { createProto3Writer, type Proto3Writer, WrittenJson } from "./proto3-writer.js";
export { OPERATION_POLLING_ID, type Region, regions } from "./regions.js";
export { codeOfHttpStatus, type StatusCodeEntry, statusCodes } from "./status-codes.js";
// Types only: the validators themselves are in `./validators`, which a bundle of the core leaves out with ajv.
export type { ErrorObject, SpecValidator, ValidateFunction, ValidatorOptions } from "./validators.js";
