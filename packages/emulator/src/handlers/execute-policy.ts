// POST /backup/v1/policies/{policyId}:execute — backs an instance up now, under a policy applied to it. The
// resource reads BACKUPING (with the operation's progress) while it runs; when done, a new backup is in the
// archive of that instance and policy (made by the first run), FULL or INCREMENTAL as the policy's scheme says.
// The policy not applied (or still being applied) → 400 FAILED_PRECONDITION; a backup already running on the
// instance → 409 ABORTED.
import type { ExecuteRequest } from "@backup-api/types";
import { ApiError } from "../http/api-error.js";
import { applicationKey } from "../state/store.js";
import { findPolicy, findResource } from "./access.js";
import type { Handler } from "./context.js";
import { idempotentStart } from "./mutation.js";

export const executePolicy: Handler = (context) =>
  idempotentStart("executePolicy", context, () => {
    const { request, store, operations } = context;
    const { computeInstanceId } = request.body as ExecuteRequest;
    const policy = findPolicy(store, request.path.policyId!);
    findResource(store, computeInstanceId);
    const application = store.applications.get(applicationKey({ policyId: policy.id, computeInstanceId }));
    if (!application || application.isProcessing) {
      throw new ApiError(
        "FAILED_PRECONDITION",
        `Policy ${policy.id} is not applied to instance ${computeInstanceId}${application ? " yet (still being applied)" : ""}; apply it first`,
      );
    }
    const running = operations.executionOn(computeInstanceId);
    if (running) {
      throw new ApiError(
        "ABORTED",
        `Instance ${computeInstanceId} is being backed up by operation ${running.operation.id}; wait for it to finish`,
      );
    }
    return operations.startExecutePolicy(policy, computeInstanceId, context.caller, context.operationFailure);
  });
