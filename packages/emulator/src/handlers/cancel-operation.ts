// GET /operations/{operationId}:cancel — stops a running operation (done, error CANCELLED, its effect never
// landing), or 400 FAILED_PRECONDITION when it is done already or of a kind that cannot be cancelled (a recovery).
// Not a poll: it counts toward no operation's polls. The operation record persists as any other change.
import { ApiError } from "../http/api-error.js";
import { unknownOperation } from "../kept-state/unknown-operation.js";
import type { Handler } from "./context.js";

export const cancelOperation: Handler = ({ request, store, operations }) => {
  const record = store.operations.get(request.path.operationId!);
  if (!record) throw unknownOperation(request.path.operationId!);
  const refused = operations.cancel(record);
  if (refused) throw new ApiError("FAILED_PRECONDITION", refused);
  return { schemaName: "Operation", body: record.operation };
};
