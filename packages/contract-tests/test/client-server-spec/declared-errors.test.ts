// client ↔ mock ↔ spec: each error response an operation declares (served on cue by Prism with
// `Prefer: code=…`) surfaces as a BackupApiError with the HTTP status and the google.rpc code of the spec.
import { BackupApiError } from "@backup-api/client";
import { describe, expect, inject, it } from "vitest";
import { clientCalls, clientFor } from "../../src/client-calls.js";
import { resolveRef } from "@backup-api/spec-walker";
import { doc, errorStatuses, specOperations, type SpecOperation } from "../../src/spec-operations.js";

const target = inject("target");
// No retries: a 503 served on cue would be served again on every retry.
const client = clientFor(target, { maxRetries: 0 });

/** The google.rpc code of the first named example the spec gives for this error response. */
function declaredCode(op: SpecOperation, status: string): number {
  const response = resolveRef(doc, op.operation.responses[status]);
  const [first] = Object.values(response.content["application/json"].examples);
  return resolveRef(doc, first as object).value.code;
}

const cases = specOperations.flatMap((op) =>
  errorStatuses(op).map((status) => ({ op, operationId: op.operationId, status })),
);
// The shared error responses every operation must declare (the backup/shared-error-responses lint rule).
const SHARED_ERRORS = ["400", "401", "403", "404", "429", "500", "503"];

describe(`client ↔ ${target.kind} ↔ spec: declared error responses`, () => {
  it("covers every declared error of every operation", () => {
    // read from the document's paths directly, not through the walker that built the cases
    const declared = Object.values(doc.paths).flatMap((item) =>
      Object.values(item as object).flatMap((operation) =>
        Object.keys(operation.responses ?? {})
          .filter((status) => status !== "200")
          .map((status) => `${operation.operationId} ${status}`),
      ),
    );
    expect(cases.map((c) => `${c.operationId} ${c.status}`).sort()).toEqual(declared.sort());
    for (const op of specOperations)
      expect(errorStatuses(op), op.operationId).toEqual(expect.arrayContaining(SHARED_ERRORS));
  });

  it.for(cases)("$operationId → $status", async ({ op, operationId, status }, ctx) => {
    const skip = target.skipReason || target.readOnlyReason || target.preferReason;
    if (skip) return ctx.skip(skip);
    const error = await clientCalls[operationId]!.call(client, target.ids, {
      withResponse: true,
      headers: { Prefer: `code=${status}` },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupApiError);
    const apiError = error as BackupApiError;
    expect(apiError.status).toBe(Number(status));
    expect(apiError.code).toBe(declaredCode(op, status));
    expect(apiError.requestId, "the request id support asks for").toBeTruthy();
  });
});
