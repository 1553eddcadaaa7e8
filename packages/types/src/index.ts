/**
 * Friendly names for the Cloud Backup API types generated from the OpenAPI spec.
 * Types only: importing this package adds no code to a bundle.
 */
import type { components, operations, paths } from "./generated/openapi.js";

export type { components, operations, paths };

type Schemas = components["schemas"];

// ── Backups ──────────────────────────────────────────────────────────────────────────────────────────────
export type Backup = Schemas["Backup"];
export type BackupAttributes = Schemas["BackupAttributes"];
export type Disk = Schemas["Disk"];
export type Volume = Schemas["Volume"];
export type BackupType = Schemas["BackupType"];
export type ResourceType = Schemas["ResourceType"];
export type ListBackupsResponse = Schemas["ListBackupsResponse"];

// ── Archives ─────────────────────────────────────────────────────────────────────────────────────────────
export type Archive = Schemas["Archive"];
export type ArchiveAttributes = Schemas["ArchiveAttributes"];
export type ArchiveFormat = Schemas["ArchiveFormat"];
export type ArchiveAction = Schemas["ArchiveAction"];
export type EncryptionAlgorithm = Schemas["EncryptionAlgorithm"];
export type ListArchivesResponse = Schemas["ListArchivesResponse"];

// ── Files ────────────────────────────────────────────────────────────────────────────────────────────────
export type BackupFile = Schemas["BackupFile"];
export type BackupFileType = Schemas["BackupFileType"];
export type BackupFileActions = Schemas["BackupFileActions"];
export type ListFilesResponse = Schemas["ListFilesResponse"];

// ── Operations ───────────────────────────────────────────────────────────────────────────────────────────
export type Operation = Schemas["Operation"];
export type OperationMetadata = Schemas["OperationMetadata"];
export type StartRecoveryRequest = Schemas["StartRecoveryRequest"];
export type StartRecoveryMetadata = Schemas["StartRecoveryMetadata"];
export type DeleteBackupMetadata = Schemas["DeleteBackupMetadata"];
export type StartRecoveryOperation = Schemas["StartRecoveryOperation"];
export type DeleteBackupOperation = Schemas["DeleteBackupOperation"];
export type Empty = Schemas["Empty"];

// ── Errors (google.rpc.Status) ───────────────────────────────────────────────────────────────────────────
export type Status = Schemas["Status"];
export type StatusDetail = Schemas["StatusDetail"];
export type RequestInfo = Schemas["RequestInfo"];
export type BadRequest = Schemas["BadRequest"];
export type Any = Schemas["Any"];

// ── Per-operation parameters and responses ───────────────────────────────────────────────────────────────
type Params<K extends keyof operations> = operations[K]["parameters"];
type Ok<K extends keyof operations> = operations[K]["responses"][200]["content"]["application/json"];

/** Query of `GET /backup/v1/backups`: the seven selectors as flat dotted names, plus paging and filters. */
export type ListBackupsQuery = NonNullable<Params<"list">["query"]>;
export type ListBackupsParams = Params<"list">;
export type GetBackupParams = Params<"get">;
export type GetBackupResponse = Ok<"get">;
export type ListFilesParams = Params<"listFiles">;
export type ListArchivesParams = Params<"listArchives">;
export type StartRecoveryParams = Params<"startRecovery">;
export type StartRecoveryResponse = Ok<"startRecovery">;
export type DeleteBackupParams = Params<"delete">;
export type DeleteBackupResponse = Ok<"delete">;
export type GetOperationParams = Params<"getOperation">;
export type GetOperationResponse = Ok<"getOperation">;
export type ListBackupsResponseBody = Ok<"list">;
export type ListFilesResponseBody = Ok<"listFiles">;
export type ListArchivesResponseBody = Ok<"listArchives">;

/** Every operationId of the API. */
export type OperationId = keyof operations;
