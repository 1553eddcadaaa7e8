// PATCH /backup/v1/policies/{policyId} — starts replacing a policy's settings whole (the name stays); they
// change once the operation is done, whose response is the updated policy.
import type { UpdatePolicyRequest } from "@backup-api/types";
import { findPolicy } from "./access.js";
import type { Handler } from "./context.js";
import { assertPolicyIdle, idempotentStart } from "./mutation.js";

export const updatePolicy: Handler = (context) =>
  idempotentStart("updatePolicy", context, () => {
    const policy = findPolicy(context.store, context.request.path.policyId!);
    assertPolicyIdle(context, policy);
    const { settings } = context.request.body as UpdatePolicyRequest;
    return context.operations.startUpdatePolicy(policy, settings, context.caller, context.operationFailure);
  });
