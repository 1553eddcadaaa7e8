// GET /operations/{operationId} — the operations host's one route: each read counts as a poll.
import { unknownOperation } from "../kept-state/unknown-operation.js";
import type { Handler } from "./context.js";

export const getOperation: Handler = ({ request, store, operations }) => {
  const record = store.operations.get(request.path.operationId!);
  if (!record) throw unknownOperation(request.path.operationId!);
  return { schemaName: "Operation", body: operations.poll(record).operation };
};
