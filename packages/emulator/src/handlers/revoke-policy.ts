// POST /backup/v1/policies/{policyId}:revoke — starts unbinding a policy from an instance; the application is gone
// once the operation is done, and the backups made under it stay. No such application → 404; one still being
// applied, or already being revoked → 409 ABORTED.
import type { RevokeRequest } from "@backup-api/types";
import { ApiError, notFound } from "../http/api-error.js";
import { applicationKey } from "../state/store.js";
import { findInstance, findPolicy } from "./access.js";
import type { Handler } from "./context.js";
import { idempotentStart } from "./mutation.js";

export const revokePolicy: Handler = (context) =>
  idempotentStart("revokePolicy", context, () => {
    const { request, store, operations } = context;
    const { computeInstanceId } = request.body as RevokeRequest;
    const policy = findPolicy(store, request.path.policyId!);
    findInstance(store, computeInstanceId);
    const application = store.applications.get(applicationKey({ policyId: policy.id, computeInstanceId }));
    if (!application) throw notFound("Application of policy", `${policy.id} to instance ${computeInstanceId}`);
    const running = operations.runningOnApplication(policy.id, computeInstanceId);
    if (running) {
      throw new ApiError(
        "ABORTED",
        `Policy ${policy.id} on instance ${computeInstanceId} is busy with operation ${running.operation.id} (${running.operation.description}); wait for it to finish`,
      );
    }
    return operations.startRevokePolicy(policy, computeInstanceId, context.caller, context.operationFailure);
  });
