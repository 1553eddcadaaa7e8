/**
 * GENERATED FILE — DO NOT EDIT.
 * A friendly name for each schema of the spec, in the decoded view. Produced by packages/types/scripts/render.mjs
 * (run `pnpm --filter @backup-api/types generate`); a test fails when this file drifts from the spec.
 */
import type { components } from "./decoded.js";

type Schemas = components["schemas"];

/** A `google.protobuf.Any`: an object whose `@type` (`type.googleapis.com/<message name>`) tells what the other fields are. */
export type Any = Schemas["Any"];
/** A container of all backups of one instance made under one backup policy. Sizes are 64-bit integers sent as strings of digits. */
export type Archive = Schemas["Archive"];
/** An action the service may run on an archive. */
export type ArchiveAction = Schemas["ArchiveAction"];
/** Storage attributes of an archive. */
export type ArchiveAttributes = Schemas["ArchiveAttributes"];
/** On-disk format of an archive. */
export type ArchiveFormat = Schemas["ArchiveFormat"];
/** One backup of a Compute Cloud instance or a registered server. Sizes are 64-bit integers sent as strings of digits. The server may leave out any field that holds its default value. */
export type Backup = Schemas["Backup"];
/** Where the backup lives inside its archive. */
export type BackupAttributes = Schemas["BackupAttributes"];
/** One entry of a backup's file tree: a disk, a directory or a file. Pass an entry's `id` back to `listFiles` as `sourceId` to list its children. */
export type BackupFile = Schemas["BackupFile"];
/** What can be done with a file-tree entry. */
export type BackupFileActions = Schemas["BackupFileActions"];
/** Kind of file-tree entry. `TYPE_DIR` is a directory (or a disk), `TYPE_FILE` a regular file. */
export type BackupFileType = Schemas["BackupFileType"];
/** Kind of backup. */
export type BackupType = Schemas["BackupType"];
/** A `google.rpc.BadRequest` detail, naming each field of the request that was wrong. */
export type BadRequest = Schemas["BadRequest"];
/** Details of a deletion started by `delete`. */
export type DeleteBackupMetadata = Schemas["DeleteBackupMetadata"];
/** The `Operation` started by `delete`; its metadata is always `DeleteBackupMetadata`. */
export type DeleteBackupOperation = Schemas["DeleteBackupOperation"];
/** A disk captured in a backup. */
export type Disk = Schemas["Disk"];
/** A `google.protobuf.Empty` packed in a `google.protobuf.Any`: the result of an operation that returns nothing but success. */
export type Empty = Schemas["Empty"];
/** Encryption applied to an archive: `NONE`, or AES with a 128, 192 or 256-bit key. `ENCRYPTION_ALGORITHM_UNSPECIFIED` means none was reported. */
export type EncryptionAlgorithm = Schemas["EncryptionAlgorithm"];
/** The archives that match the request (this method is not paginated). */
export type ListArchivesResponse = Schemas["ListArchivesResponse"];
/** One page of backups. */
export type ListBackupsResponse = Schemas["ListBackupsResponse"];
/** The children of one entry of a backup's file tree (this method is not paginated). */
export type ListFilesResponse = Schemas["ListFilesResponse"];
/** A long-running piece of work. Methods that start one answer at once (HTTP 200) with the Operation; poll it with `GET /operations/{operationId}` on the operations host until `done` is `true`. */
export type Operation = Schemas["Operation"];
/** Progress information of an operation, as a `google.protobuf.Any`. Its `@type` tells which kind of operation it is. */
export type OperationMetadata = Schemas["OperationMetadata"];
/** A `google.rpc.RequestInfo` detail, naming the request so support can find it. */
export type RequestInfo = Schemas["RequestInfo"];
/** Kind of machine registered as a backup resource. */
export type ResourceType = Schemas["ResourceType"];
/** Progress of a recovery started by `startRecovery`. */
export type StartRecoveryMetadata = Schemas["StartRecoveryMetadata"];
/** The `Operation` started by `startRecovery`; its metadata is always `StartRecoveryMetadata`. */
export type StartRecoveryOperation = Schemas["StartRecoveryOperation"];
/** Where to recover the backup. */
export type StartRecoveryRequest = Schemas["StartRecoveryRequest"];
/** A `google.rpc.Status`: the body of every error answer and the `error` of a failed operation. */
export type Status = Schemas["Status"];
/** One detail of a `google.rpc.Status`, a `google.protobuf.Any` told apart by its `@type`. */
export type StatusDetail = Schemas["StatusDetail"];
/** A volume (partition) on a backed-up disk. */
export type Volume = Schemas["Volume"];
