// Types of @backup-api/types from CommonJS.
import type { Backup, Status } from "@backup-api/types";
import type { Backup as DecodedBackup } from "@backup-api/types/decoded";

const size: Backup["size"] = undefined;
const status: Status = { code: 5, message: "not found" };
const decodedSize: DecodedBackup["size"] = "0";
export = { size, status, decodedSize };
