export { bundlePath, loadBundle, type SpecNode } from "./document.js";
export {
  findOperation,
  HTTP_METHODS,
  listOperations,
  type SpecOperation,
  type SpecParameter,
  type SpecSelector,
  type SpecServer,
} from "./operations.js";
export { escapePointer, resolvePointer, resolveRef, resolveRefAt, type Resolved } from "./pointers.js";
export {
  isMessageSchema,
  messageProperties,
  proto3Field,
  unionBranches,
  type MessageProperty,
  type Proto3Field,
} from "./proto3-fields.js";
export { createValidator, DOCUMENT_ID, type SpecValidator } from "./validators.js";
