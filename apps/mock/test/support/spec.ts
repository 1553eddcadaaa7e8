// The bundled spec, read independently of Prism (through the repo's one spec walker): the tests judge Prism's
// answers against it.
import {
  createValidator,
  findOperation,
  listOperations,
  loadBundle,
  resolveRef,
  type SpecNode,
  type SpecOperation,
} from "@backup-api/spec-walker/node";

export type { SpecOperation };

export const spec: SpecNode = loadBundle();
export const operations: SpecOperation[] = listOperations(spec);
const validator = createValidator(spec);

export function operation(operationId: string): SpecOperation {
  return findOperation(operations, operationId);
}

/** `node` with its local `$ref`s followed. */
export function deref<T = SpecNode>(node: SpecNode): T {
  return resolveRef(spec, node) as T;
}

/** `{ exampleName: value }` of one operation's response for one status. */
export function responseExamples(operationId: string, status: number | string): Record<string, unknown> {
  const response = deref(operation(operationId).operation.responses[String(status)]);
  const examples = (response.content?.["application/json"]?.examples ?? {}) as SpecNode;
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, deref(example).value]));
}

/** Validates a body against the JSON schema the spec declares for `operationId` answering `status`. */
export function validateResponse(operationId: string, status: number, body: unknown): string[] {
  return validator.responseErrors(operation(operationId), status, body);
}
