// GET /backup/v1/providers — the names of the providers activated in a folder. Not paged.
import { findFolder } from "./access.js";
import type { Handler } from "./context.js";

export const listActivatedProviders: Handler = ({ request, store }) => {
  const folderId = request.query.folderId as string;
  findFolder(store, folderId);
  return { schemaName: "ListActivatedProvidersResponse", body: { folderId, names: store.providersOf(folderId) } };
};
