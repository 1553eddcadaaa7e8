// GET /backup/v1/backups/{backupId}?folderId=… — one backup of the folder.
import { wireJson } from "../state/wire-json-cache.js";
import { findBackup } from "./access.js";
import type { Handler } from "./context.js";

export const get: Handler = ({ request, store }) => ({
  schemaName: "Backup",
  body: wireJson(findBackup(store, request.path.backupId!, String(request.query.folderId)).backup, "Backup"),
});
