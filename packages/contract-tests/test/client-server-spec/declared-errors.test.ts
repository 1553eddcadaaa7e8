// client ↔ mock ↔ spec: each error response an operation declares (served on cue by Prism with
// `Prefer: code=…`) surfaces as a BackupApiError with the HTTP status and the google.rpc code of the spec.
import { BackupApiError } from '@backup-api/client';
import { describe, expect, inject, it } from 'vitest';
import { clientCalls, clientFor } from '../../src/client-calls.js';
import { deref, escapePointer, loadBundle } from '../../src/bundle.js';
import { specOperations } from '../../src/spec-operations.js';

const target = inject('target');
// No retries: a 503 served on cue would be served again on every retry.
const client = clientFor(target, { maxRetries: 0 });
const doc = loadBundle() as Record<string, any>;

/** The google.rpc code of the first named example the spec gives for this error response. */
function declaredCode(path: string, method: string, status: string): number {
  const pointer = `/paths/${escapePointer(path)}/${method}/responses/${status}`;
  const response = deref(doc, doc.paths[path][method].responses[status], pointer).node as Record<string, any>;
  const [first] = Object.values(response.content['application/json'].examples) as object[];
  return (deref(doc, first as never, '').node as Record<string, any>).value.code;
}

const cases = specOperations.flatMap((op) => op.errorStatuses.map((status) => ({ ...op, status })));

describe(`client ↔ ${target.kind} ↔ spec: declared error responses`, () => {
  it('covers every declared error of every operation', () => {
    expect(cases.length).toBe(specOperations.reduce((n, op) => n + op.errorStatuses.length, 0));
    expect(cases.length).toBeGreaterThanOrEqual(49);
  });

  it.for(cases)('$operationId → $status', async ({ operationId, path, method, status }, ctx) => {
    const skip = target.skipReason || target.readOnlyReason || target.preferReason;
    if (skip) return ctx.skip(skip);
    const error = await clientCalls[operationId]!.call(client, target.ids, { withResponse: true, headers: { Prefer: `code=${status}` } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupApiError);
    const apiError = error as BackupApiError;
    expect(apiError.status).toBe(Number(status));
    expect(apiError.code).toBe(declaredCode(path, method, status));
    expect(apiError.requestId, 'the request id support asks for').toBeTruthy();
  });
});
