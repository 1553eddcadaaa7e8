// GET /backup/v1/backups/{computeInstanceId}/archives — the archives of an instance (one per policy).
import { notFound } from "../http/api-error.js";
import { findInstance } from "./access.js";
import type { Handler } from "./context.js";

export const listArchives: Handler = ({ request, store }) => {
  const instance = findInstance(store, request.path.computeInstanceId!);
  const folderId = request.query.folderId as string | undefined;
  if (folderId !== undefined && folderId !== instance.folderId)
    throw notFound("Compute instance", `${instance.id} in folder ${folderId}`);
  const archives = [...store.archives.values()]
    .filter((record) => record.archive.computeInstanceId === instance.id)
    .map((record) => record.archive);
  return { schemaName: "ListArchivesResponse", body: { archives } };
};
