// GET /backup/v1/backups/{backupId}/files — the disks of a backup, or the children of one entry (`sourceId`).
import { notFound } from "../http/api-error.js";
import { listFiles as listFileEntries } from "../seed/file-tree.js";
import { findBackup } from "./access.js";
import type { Handler } from "./context.js";

export const listFiles: Handler = ({ request, store }) => {
  const record = findBackup(store, request.path.backupId!, String(request.query.folderId));
  const sourceId = request.query.sourceId as string | undefined;
  const files = listFileEntries(record.backup, sourceId);
  if (!files) throw notFound("File-tree entry", `${sourceId} in backup ${record.backup.id}`);
  return { schemaName: "ListFilesResponse", body: { files } };
};
