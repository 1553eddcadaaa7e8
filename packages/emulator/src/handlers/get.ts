// GET /backup/v1/backups/{backupId}?folderId=… — one backup of the folder.
import { findBackup } from "./access.js";
import type { Handler } from "./context.js";

export const get: Handler = ({ request, store }) => ({
  schemaName: "Backup",
  body: findBackup(store, request.path.backupId!, String(request.query.folderId)).backup,
});
