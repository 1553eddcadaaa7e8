// The list of operations, read from the bundled spec: a new operation without coverage fails the suite.
import { deref, HTTP_METHODS, type Json, loadBundle } from './bundle.js';

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** Declared HTTP statuses other than 200, e.g. ['400', '401', …]. */
  errorStatuses: string[];
  /** Names of the optional query parameters. */
  optionalQuery: string[];
}

type Loose = Record<string, any>;
const doc = loadBundle();

export const specOperations: SpecOperation[] = Object.entries(doc.paths as Loose).flatMap(([path, item]) =>
  HTTP_METHODS.filter((m) => item[m]).map((method) => {
    const op = item[method] as Loose;
    const params = ((op.parameters ?? []) as Json[]).map((p) => deref(doc, p, '').node as Loose);
    return {
      operationId: op.operationId as string,
      method,
      path,
      errorStatuses: Object.keys(op.responses).filter((s) => s !== '200'),
      optionalQuery: params.filter((p) => p.in === 'query' && !p.required).map((p) => p.name as string),
    };
  }),
);
