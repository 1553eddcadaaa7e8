// What the policy mutations share: the Idempotency-Key step (a repeat answers the same Operation and starts
// nothing) and the refusal to start work on a policy another operation is changing.
import { ApiError } from "../http/api-error.js";
import { IDEMPOTENCY_HEADER, remember, replay, requestFingerprint } from "../operations/idempotency.js";
import type { OperationRecord, Policy } from "../state/model.js";
import type { HandlerContext, HandlerResult } from "./context.js";

/** Answers a repeat of the request with its Operation, or starts the work and remembers the key. */
export function idempotentStart(
  operationId: string,
  context: HandlerContext,
  start: () => OperationRecord,
  /** What else tells one request from another (a query parameter): part of the fingerprint. */
  query?: Record<string, unknown>,
): HandlerResult {
  const { request, store, clock } = context;
  const key = request.headers[IDEMPOTENCY_HEADER];
  const body = query === undefined ? request.body : { body: request.body ?? null, query };
  const fingerprint = requestFingerprint(operationId, request.path, body);
  const replayed = replay(store, key, fingerprint, clock.now());
  if (replayed) return { schemaName: "Operation", body: replayed.operation };
  const record = start();
  remember(store, key, fingerprint, record);
  return { schemaName: "Operation", body: record.operation };
}

/** 409 ABORTED while another operation on the policy runs (an update or a deletion). */
export function assertPolicyIdle(context: HandlerContext, policy: Policy): void {
  const running = context.operations.runningOnPolicy(policy.id);
  if (running) {
    throw new ApiError(
      "ABORTED",
      `Policy ${policy.id} is busy with operation ${running.operation.id} (${running.operation.description}); wait for it to finish`,
    );
  }
}
