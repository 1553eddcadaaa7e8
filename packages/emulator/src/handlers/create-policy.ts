// POST /backup/v1/policies — starts creating a policy in a folder whose provider is activated. The policy exists
// once the operation is done; `metadata.policyId` names it from the start.
import type { CreatePolicyRequest } from "@backup-api/types";
import { assertActivated, findFolder } from "./access.js";
import type { Handler } from "./context.js";
import { idempotentStart } from "./mutation.js";

export const createPolicy: Handler = (context) =>
  idempotentStart("createPolicy", context, () => {
    const body = context.request.body as CreatePolicyRequest;
    findFolder(context.store, body.folderId);
    assertActivated(context.store, body.folderId);
    return context.operations.startCreatePolicy(body, context.caller, context.operationFailure);
  });
