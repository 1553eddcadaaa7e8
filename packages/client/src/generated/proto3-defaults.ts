/**
 * GENERATED FILE — DO NOT EDIT.
 * What proto3 JSON leaves out of each message at its default, to be filled back in at every depth: strings (""), int64s ("0"), booleans (false), numbers (0), enums (their *_UNSPECIFIED value) and lists ([]). Message-typed fields (timestamps, objects, Any) have presence: they are followed, never filled. Which field is which follows @backup-api/spec-walker's proto3Field.
 * From components/schemas of the bundled spec, by packages/client/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/client generate`). A test fails when this file drifts from the spec.
 */

/**
 * One message. `extends`: a message whose fields it has too (an `allOf`); `lists`: each list field, with the
 * message its items are when they have defaults of their own; `messages`: the message-typed fields to follow;
 * `byType`: for a union, the message of each `@type`.
 */
export interface MessageDefaults {
  readonly extends?: MessageDefaults;
  readonly strings?: readonly string[];
  readonly int64s?: readonly string[];
  readonly booleans?: readonly string[];
  readonly numbers?: readonly string[];
  readonly enums?: Readonly<Record<string, string>>;
  readonly lists?: Readonly<Record<string, MessageDefaults | null>>;
  readonly messages?: Readonly<Record<string, MessageDefaults>>;
  readonly byType?: Readonly<Record<string, MessageDefaults>>;
}

/** ArchiveAttributes */
export const ArchiveAttributesDefaults: MessageDefaults = {
  strings: ["aaib", "uri"],
};

/** Archive */
export const ArchiveDefaults: MessageDefaults = {
  strings: ["id", "name", "vaultId", "backupPlanId", "backupPlanName", "description", "displayName", "computeInstanceId", "resourceId"],
  int64s: ["size", "compressedDataSize", "dataSize", "originalDataSize", "logicalSize"],
  booleans: ["protectedByPassword", "consistent", "deleted"],
  enums: { format: "FORMAT_UNSPECIFIED", encryptionAlgorithm: "ENCRYPTION_ALGORITHM_UNSPECIFIED" },
  lists: { actions: null },
  messages: { attributes: ArchiveAttributesDefaults },
};

/** Volume */
export const VolumeDefaults: MessageDefaults = {
  strings: ["name", "mountStrid"],
  int64s: ["freeSpace", "size"],
  booleans: ["isBootable", "isSystem"],
};

/** Disk */
export const DiskDefaults: MessageDefaults = {
  strings: ["deviceModel", "name"],
  int64s: ["size"],
  lists: { volumes: VolumeDefaults },
};

/** BackupAttributes */
export const BackupAttributesDefaults: MessageDefaults = {
  strings: ["streamName", "uri"],
};

/** Backup */
export const BackupDefaults: MessageDefaults = {
  strings: ["id", "vaultId", "archiveId", "computeInstanceId", "policyId", "resourceId"],
  int64s: ["size", "deduplicatedSize", "backedUpDataSize", "originalDataSize"],
  booleans: ["deleted"],
  enums: { type: "TYPE_UNSPECIFIED" },
  lists: { disks: DiskDefaults },
  messages: { attributes: BackupAttributesDefaults },
};

/** BackupFileActions */
export const BackupFileActionsDefaults: MessageDefaults = {
  booleans: ["restoreToDisk", "goToLocation"],
};

/** BackupFile */
export const BackupFileDefaults: MessageDefaults = {
  strings: ["id", "parentId", "fullPath", "name"],
  int64s: ["size"],
  enums: { type: "TYPE_UNSPECIFIED" },
  messages: { actions: BackupFileActionsDefaults },
};

/** BadRequest.fieldViolations[] */
export const BadRequestFieldViolationsItemDefaults: MessageDefaults = {
  strings: ["field", "description"],
};

/** BadRequest */
export const BadRequestDefaults: MessageDefaults = {
  lists: { fieldViolations: BadRequestFieldViolationsItemDefaults },
};

/** DeleteBackupMetadata */
export const DeleteBackupMetadataDefaults: MessageDefaults = {
  strings: ["computeInstanceId", "backupId"],
};

/** StartRecoveryMetadata */
export const StartRecoveryMetadataDefaults: MessageDefaults = {
  strings: ["srcBackupId", "dstComputeInstanceId"],
  numbers: ["progressPercentage"],
};

/** OperationMetadata */
export const OperationMetadataDefaults: MessageDefaults = {
  byType: { "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata": StartRecoveryMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata": DeleteBackupMetadataDefaults },
};

/** RequestInfo */
export const RequestInfoDefaults: MessageDefaults = {
  strings: ["requestId", "servingData"],
};

/** StatusDetail */
export const StatusDetailDefaults: MessageDefaults = {
  byType: { "type.googleapis.com/google.rpc.RequestInfo": RequestInfoDefaults, "type.googleapis.com/google.rpc.BadRequest": BadRequestDefaults },
};

/** Status */
export const StatusDefaults: MessageDefaults = {
  strings: ["message"],
  lists: { details: StatusDetailDefaults },
};

/** Operation */
export const OperationDefaults: MessageDefaults = {
  strings: ["id", "description", "createdBy"],
  booleans: ["done"],
  messages: { metadata: OperationMetadataDefaults, error: StatusDefaults },
};

/** DeleteBackupOperation */
export const DeleteBackupOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: DeleteBackupMetadataDefaults },
};

/** ListArchivesResponse */
export const ListArchivesResponseDefaults: MessageDefaults = {
  lists: { archives: ArchiveDefaults },
};

/** ListBackupsResponse */
export const ListBackupsResponseDefaults: MessageDefaults = {
  strings: ["nextPageToken"],
  lists: { backups: BackupDefaults },
};

/** ListFilesResponse */
export const ListFilesResponseDefaults: MessageDefaults = {
  lists: { files: BackupFileDefaults },
};

/** StartRecoveryOperation */
export const StartRecoveryOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: StartRecoveryMetadataDefaults },
};

/** The message each operation answers with. */
export const RESPONSE_DEFAULTS = {
  list: ListBackupsResponseDefaults,
  get: BackupDefaults,
  listFiles: ListFilesResponseDefaults,
  listArchives: ListArchivesResponseDefaults,
  startRecovery: StartRecoveryOperationDefaults,
  delete: DeleteBackupOperationDefaults,
  getOperation: OperationDefaults,
} as const;
