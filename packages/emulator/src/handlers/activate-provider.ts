// POST /backup/v1/providers/{name}:activate — starts activating a backup provider in a folder; once done, the
// provider is listed and, unless skipDefaultPolicy, the three default policies exist.
import type { ActivateProviderRequest } from "@backup-api/types";
import { ApiError } from "../http/api-error.js";
import { activationKey } from "../state/store.js";
import { findFolder } from "./access.js";
import type { Handler } from "./context.js";
import { idempotentStart } from "./mutation.js";

export const activateProvider: Handler = (context) =>
  idempotentStart("activateProvider", context, () => {
    const { request, store, operations } = context;
    const body = request.body as ActivateProviderRequest;
    const activation = { folderId: body.folderId, name: request.path.name! };
    findFolder(store, activation.folderId);
    if (store.providers.has(activationKey(activation))) {
      throw new ApiError(
        "ALREADY_EXISTS",
        `Provider ${activation.name} is already activated in folder ${activation.folderId}`,
      );
    }
    const running = operations.activationIn(activation.folderId);
    if (running) {
      throw new ApiError(
        "ABORTED",
        `Folder ${activation.folderId} is already being activated by operation ${running.operation.id}; wait for it to finish`,
      );
    }
    return operations.startActivateProvider(
      activation,
      body.skipDefaultPolicy === true,
      context.caller,
      context.operationFailure,
    );
  });
