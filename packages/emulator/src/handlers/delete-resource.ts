// DELETE /backup/v1/resources/{computeInstanceId}?resourceId=… — starts removing an instance's registration
// from the service. Once done, the resource is gone (404), and so are its applications; the instance keeps
// running and its backups and archives stay. A resourceId other than the instance's registration: 404.
import { ApiError, notFound } from "../http/api-error.js";
import { findResource } from "./access.js";
import type { Handler } from "./context.js";
import { idempotentStart } from "./mutation.js";

export const deleteResource: Handler = (context) =>
  idempotentStart(
    "deleteResource",
    context,
    () => {
      const { request, store, operations } = context;
      const computeInstanceId = request.path.computeInstanceId!;
      const resourceId = request.query.resourceId as string;
      const record = findResource(store, computeInstanceId);
      if (record.resource.resourceId !== resourceId)
        throw notFound("Resource", `${resourceId} of instance ${computeInstanceId}`);
      const running = operations.deletionOfResource(computeInstanceId);
      if (running) {
        throw new ApiError(
          "ABORTED",
          `Resource of instance ${computeInstanceId} is already being deleted by operation ${running.operation.id}; wait for it to finish`,
        );
      }
      return operations.startDeleteResource(record, context.caller, context.operationFailure);
    },
    { resourceId: context.request.query.resourceId },
  );
