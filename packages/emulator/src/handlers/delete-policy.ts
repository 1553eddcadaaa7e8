// DELETE /backup/v1/policies/{policyId} — starts deleting a policy; it is gone once the operation is done. A
// policy still applied is deleted too (the spec's deletePolicy assumes the deletion revokes it from its
// instances); the backups and archives made under it stay.
import { findPolicy } from "./access.js";
import type { Handler } from "./context.js";
import { assertPolicyIdle, idempotentStart } from "./mutation.js";

export const deletePolicy: Handler = (context) =>
  idempotentStart("deletePolicy", context, () => {
    const policy = findPolicy(context.store, context.request.path.policyId!);
    assertPolicyIdle(context, policy);
    return context.operations.startDeletePolicy(policy, context.caller, context.operationFailure);
  });
