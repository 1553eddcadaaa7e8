// The list of operations, read from the bundled spec: a new operation without coverage fails the suite.
import { document } from '@backup-api/spec';

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** Declared HTTP statuses other than 200, e.g. ['400', '401', …]. */
  errorStatuses: string[];
  /** Names of the optional query parameters. */
  optionalQuery: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Loose = Record<string, any>;

function resolve(node: Loose): Loose {
  const ref: unknown = node.$ref;
  if (typeof ref !== 'string') return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<Loose>((at, key) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], document as Loose);
}

export const specOperations: SpecOperation[] = Object.entries(document.paths as Loose).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => {
    const op = item[method] as Loose;
    const params = ((op.parameters ?? []) as Loose[]).map(resolve);
    return {
      operationId: op.operationId as string,
      method,
      path,
      errorStatuses: Object.keys(op.responses).filter((s) => s !== '200'),
      optionalQuery: params.filter((p) => p.in === 'query' && !p.required).map((p) => p.name as string),
    };
  }),
);
