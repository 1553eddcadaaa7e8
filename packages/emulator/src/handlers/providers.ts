// The Provider resource: activate a backup provider in a folder (an Operation that, unless skipDefaultPolicy,
// also creates the three default policies) and list the ones activated.
import type { ActivateProviderRequest } from "@backup-api/types";
import { ApiError } from "../http/api-error.js";
import { IDEMPOTENCY_HEADER, remember, replay, requestFingerprint } from "../operations/idempotency.js";
import { activationKey } from "../state/store.js";
import { findFolder } from "./access.js";
import type { Handler } from "./context.js";

export const activateProvider: Handler = ({ request, store, operations, caller, operationFailure }) => {
  const body = request.body as ActivateProviderRequest;
  const key = request.headers[IDEMPOTENCY_HEADER];
  const fingerprint = requestFingerprint("activateProvider", request.path, body);
  const replayed = replay(store, key, fingerprint);
  if (replayed) return { schemaName: "Operation", body: replayed.operation };

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
  const record = operations.startActivateProvider(
    activation,
    body.skipDefaultPolicy === true,
    caller,
    operationFailure,
  );
  remember(store, key, fingerprint, record);
  return { schemaName: "Operation", body: record.operation };
};

export const listActivatedProviders: Handler = ({ request, store }) => {
  const folderId = request.query.folderId as string;
  findFolder(store, folderId);
  return { schemaName: "ListActivatedProvidersResponse", body: { folderId, names: store.providersOf(folderId) } };
};
