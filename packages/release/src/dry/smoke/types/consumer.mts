// Types of @backup-api/types from ESM (a types-only package: nothing to run).
import type { Backup, BackupType, Operation, paths } from "@backup-api/types";
import type { Backup as DecodedBackup } from "@backup-api/types/decoded";

const backup: Backup = { id: "b1", size: "1073741824", type: "FULL" };
// @ts-expect-error int64 fields are strings, never numbers
const wrong: Backup = { size: 1 };
const kind: BackupType = "INCREMENTAL";
const operation: Operation = { id: "op1", done: false };
type GetPath = keyof paths;
const path: GetPath = "/backup/v1/backups/{backupId}";
// the decoded view (what the client returns): scalars are always there
// @ts-expect-error a decoded Backup has every scalar and list field
const partial: DecodedBackup = { id: "b1" };
const id: DecodedBackup["id"] = "b1";
export { backup, wrong, kind, operation, path, partial, id };
