// The bundled spec as the suite reads it, through the repo's one spec walker: its operations (a new operation
// without coverage fails the suite) and a validator for its schemas.
import { createValidator, listOperations, loadBundle, type SpecOperation } from "@backup-api/spec-walker/node";

export type { SpecOperation };

export const doc = loadBundle();
export const specOperations: SpecOperation[] = listOperations(doc);
export const validator = createValidator(doc);

/** Declared HTTP statuses other than 200, e.g. ['400', '401', …]. */
export const errorStatuses = (op: SpecOperation): string[] => op.responseStatuses.filter((status) => status !== "200");

/** Names of the optional query parameters. */
export const optionalQuery = (op: SpecOperation): string[] =>
  op.parameters
    .filter((parameter) => parameter.in === "query" && !parameter.required)
    .map((parameter) => parameter.name);
