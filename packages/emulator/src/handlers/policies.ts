// The Policy resource: list, get, and create, update and delete as Operations that land on the emulator's clock
// (src/operations/operation-runner.ts). Policies live only in a folder whose provider is activated
// (./access.ts, assertActivated).
import type { CreatePolicyRequest, UpdatePolicyRequest } from "@backup-api/types";
import { ApiError, invalidArgument } from "../http/api-error.js";
import { IDEMPOTENCY_HEADER, remember, replay, requestFingerprint } from "../operations/idempotency.js";
import type { Policy } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { assertActivated, findFolder, findInstance, findPolicy } from "./access.js";
import type { Handler, HandlerContext } from "./context.js";

/**
 * The policies applied to an instance. Applications are not emulated yet (applyPolicy answers 501): until they
 * are, a policy counts as applied to an instance when the instance has backups made under it, as in the seed.
 */
function appliedTo(store: MemoryStore, policy: Policy, computeInstanceId: string): boolean {
  return store.listing(`instancePolicy:${computeInstanceId}/${policy.id}`).length > 0;
}

export const listPolicies: Handler = ({ request, store }) => {
  const folderId = request.query.folderId as string | undefined;
  const computeInstanceId = request.query.computeInstanceId as string | undefined;
  if (folderId === undefined && computeInstanceId === undefined) {
    const description = "give folderId or computeInstanceId (or both)";
    throw invalidArgument(
      [
        { field: "folderId", description },
        { field: "computeInstanceId", description },
      ],
      "No selector",
    );
  }
  if (folderId !== undefined) {
    findFolder(store, folderId);
    assertActivated(store, folderId);
  }
  if (computeInstanceId !== undefined) {
    const instance = findInstance(store, computeInstanceId);
    assertActivated(store, instance.folderId);
  }
  const policies = [...store.policies.values()].filter(
    (policy) =>
      (folderId === undefined || policy.folderId === folderId) &&
      (computeInstanceId === undefined || appliedTo(store, policy, computeInstanceId)),
  );
  return { schemaName: "ListPoliciesResponse", body: { policies } };
};

export const getPolicy: Handler = ({ request, store }) => ({
  schemaName: "Policy",
  body: findPolicy(store, request.path.policyId!),
});

/** The Idempotency-Key step every mutation shares: a repeat answers the same Operation and starts nothing. */
function withIdempotency(
  operationId: string,
  context: HandlerContext,
  start: () => ReturnType<HandlerContext["operations"]["startCreatePolicy"]>,
) {
  const { request, store } = context;
  const key = request.headers[IDEMPOTENCY_HEADER];
  const fingerprint = requestFingerprint(operationId, request.path, request.body);
  const replayed = replay(store, key, fingerprint);
  if (replayed) return { schemaName: "Operation", body: replayed.operation };
  const record = start();
  remember(store, key, fingerprint, record);
  return { schemaName: "Operation", body: record.operation };
}

function assertIdle(context: HandlerContext, policy: Policy): void {
  const running = context.operations.runningOnPolicy(policy.id);
  if (running) {
    throw new ApiError(
      "ABORTED",
      `Policy ${policy.id} is busy with operation ${running.operation.id} (${running.operation.description}); wait for it to finish`,
    );
  }
}

export const createPolicy: Handler = (context) =>
  withIdempotency("createPolicy", context, () => {
    const body = context.request.body as CreatePolicyRequest;
    findFolder(context.store, body.folderId);
    assertActivated(context.store, body.folderId);
    return context.operations.startCreatePolicy(body, context.caller, context.operationFailure);
  });

export const updatePolicy: Handler = (context) =>
  withIdempotency("updatePolicy", context, () => {
    const policy = findPolicy(context.store, context.request.path.policyId!);
    assertIdle(context, policy);
    const { settings } = context.request.body as UpdatePolicyRequest;
    return context.operations.startUpdatePolicy(policy, settings, context.caller, context.operationFailure);
  });

export const deletePolicy: Handler = (context) =>
  withIdempotency("deletePolicy", context, () => {
    const policy = findPolicy(context.store, context.request.path.policyId!);
    assertIdle(context, policy);
    return context.operations.startDeletePolicy(policy, context.caller, context.operationFailure);
  });
