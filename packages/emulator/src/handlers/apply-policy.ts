// POST /backup/v1/policies/{policyId}:apply — starts binding a policy to a registered instance. The application
// is listed at once with `isProcessing: true` (only with showProcessing=true), and reads `status: OK` once the
// operation is done. An instance not registered with the service, or still REGISTERING → 404, the case the
// Terraform provider retries.
import type { ApplyPolicyRequest } from "@backup-api/types";
import { assertQuotaAllows } from "../applications/quota.js";
import { ApiError } from "../http/api-error.js";
import { applicationKey } from "../state/store.js";
import { findPolicy, findResource } from "./access.js";
import type { Handler } from "./context.js";
import { idempotentStart } from "./mutation.js";

export const applyPolicy: Handler = (context) =>
  idempotentStart("applyPolicy", context, () => {
    const { request, store, operations } = context;
    const { computeInstanceId } = request.body as ApplyPolicyRequest;
    const policy = findPolicy(store, request.path.policyId!);
    const resource = findResource(store, computeInstanceId);
    const registration = resource.pendingRegistration;
    if (registration) {
      // The service needs a registered resource; NOT_FOUND is what Terraform retries until the agent has registered.
      throw new ApiError(
        "NOT_FOUND",
        `Resource of instance ${computeInstanceId} is not registered yet (initStatus REGISTERING until ${new Date(registration.completesAtMs).toISOString()}); apply the policy once it is REGISTRED`,
      );
    }
    const existing = store.applications.get(applicationKey({ policyId: policy.id, computeInstanceId }));
    if (existing) {
      throw new ApiError(
        "ALREADY_EXISTS",
        `Policy ${policy.id} is already applied to instance ${computeInstanceId}${existing.isProcessing ? " (still being applied)" : ""}`,
      );
    }
    const running = operations.runningOnApplication(policy.id, computeInstanceId);
    if (running) {
      throw new ApiError(
        "ABORTED",
        `Policy ${policy.id} is being revoked from instance ${computeInstanceId} by operation ${running.operation.id}; wait for it to finish`,
      );
    }
    const deletion = operations.deletionOfResource(computeInstanceId);
    if (deletion) {
      throw new ApiError(
        "ABORTED",
        `Resource of instance ${computeInstanceId} is being deleted by operation ${deletion.operation.id}`,
      );
    }
    assertQuotaAllows(store, resource);
    return operations.startApplyPolicy(policy, computeInstanceId, context.caller, context.operationFailure);
  });
