/**
 * GENERATED FILE — DO NOT EDIT.
 * What proto3 JSON leaves out of each message at its default, to be filled back in at every depth: strings (""), int64s ("0"), booleans (false), numbers (0), enums (their *_UNSPECIFIED value) and lists ([]). Message-typed fields (timestamps, objects, Any) have presence: they are followed, never filled. Which field is which follows @backup-api/spec-walker's proto3Field. Then, one constant per operation, the message it answers with.
 * From components/schemas and each operation's 200 answer of the bundled spec, by packages/client/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/client generate`). A test fails when this file drifts from the spec.
 */

/**
 * One message. `extends`: a message whose fields it has too (an `allOf`); `scalars`: each scalar field with its
 * default value; `lists`: each list field, with the message its items are when they have defaults of their own;
 * `messages`: the message-typed fields to follow; `byType`: for a union, the message of each `@type`.
 */
export interface MessageDefaults {
  readonly extends?: MessageDefaults;
  readonly scalars?: Readonly<Record<string, string | boolean | number>>;
  readonly lists?: Readonly<Record<string, MessageDefaults | null>>;
  readonly messages?: Readonly<Record<string, MessageDefaults>>;
  readonly byType?: Readonly<Record<string, MessageDefaults>>;
}

/**
 * The message one operation answers with (its 200 body). `responseOf` is never set: it is there for the type
 * alone, so that a call cannot decode its answer with another operation's message.
 */
export type ResponseDefaults<OperationId extends string> = MessageDefaults & { readonly responseOf?: OperationId };

/** ArchiveAttributes */
export const ArchiveAttributesDefaults: MessageDefaults = {
  scalars: { aaib: "", uri: "" },
};

/** Archive */
export const ArchiveDefaults: MessageDefaults = {
  scalars: { id: "", name: "", vaultId: "", size: "0", compressedDataSize: "0", dataSize: "0", originalDataSize: "0", logicalSize: "0", format: "FORMAT_UNSPECIFIED", protectedByPassword: false, encryptionAlgorithm: "ENCRYPTION_ALGORITHM_UNSPECIFIED", backupPlanId: "", backupPlanName: "", description: "", displayName: "", computeInstanceId: "", consistent: false, deleted: false, resourceId: "" },
  lists: { actions: null },
  messages: { attributes: ArchiveAttributesDefaults },
};

/** Volume */
export const VolumeDefaults: MessageDefaults = {
  scalars: { freeSpace: "0", isBootable: false, isSystem: false, name: "", size: "0", mountStrid: "" },
};

/** Disk */
export const DiskDefaults: MessageDefaults = {
  scalars: { deviceModel: "", name: "", size: "0" },
  lists: { volumes: VolumeDefaults },
};

/** BackupAttributes */
export const BackupAttributesDefaults: MessageDefaults = {
  scalars: { streamName: "", uri: "" },
};

/** Backup */
export const BackupDefaults: MessageDefaults = {
  scalars: { id: "", vaultId: "", archiveId: "", size: "0", deduplicatedSize: "0", backedUpDataSize: "0", originalDataSize: "0", computeInstanceId: "", type: "TYPE_UNSPECIFIED", deleted: false, policyId: "", resourceId: "" },
  lists: { disks: DiskDefaults },
  messages: { attributes: BackupAttributesDefaults },
};

/** BackupFileActions */
export const BackupFileActionsDefaults: MessageDefaults = {
  scalars: { restoreToDisk: false, goToLocation: false },
};

/** BackupFile */
export const BackupFileDefaults: MessageDefaults = {
  scalars: { id: "", parentId: "", type: "TYPE_UNSPECIFIED", fullPath: "", name: "", size: "0" },
  messages: { actions: BackupFileActionsDefaults },
};

/** BadRequest.fieldViolations[] */
export const BadRequestFieldViolationsItemDefaults: MessageDefaults = {
  scalars: { field: "", description: "" },
};

/** BadRequest */
export const BadRequestDefaults: MessageDefaults = {
  lists: { fieldViolations: BadRequestFieldViolationsItemDefaults },
};

/** DeleteBackupMetadata */
export const DeleteBackupMetadataDefaults: MessageDefaults = {
  scalars: { computeInstanceId: "", backupId: "" },
};

/** StartRecoveryMetadata */
export const StartRecoveryMetadataDefaults: MessageDefaults = {
  scalars: { progressPercentage: 0, srcBackupId: "", dstComputeInstanceId: "" },
};

/** OperationMetadata */
export const OperationMetadataDefaults: MessageDefaults = {
  byType: { "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata": StartRecoveryMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata": DeleteBackupMetadataDefaults },
};

/** RequestInfo */
export const RequestInfoDefaults: MessageDefaults = {
  scalars: { requestId: "", servingData: "" },
};

/** StatusDetail */
export const StatusDetailDefaults: MessageDefaults = {
  byType: { "type.googleapis.com/google.rpc.RequestInfo": RequestInfoDefaults, "type.googleapis.com/google.rpc.BadRequest": BadRequestDefaults },
};

/** Status */
export const StatusDefaults: MessageDefaults = {
  scalars: { message: "" },
  lists: { details: StatusDetailDefaults },
};

/** Operation */
export const OperationDefaults: MessageDefaults = {
  scalars: { id: "", description: "", createdBy: "", done: false },
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
  scalars: { nextPageToken: "" },
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

/** list answers with ListBackupsResponse. */
export const listResponseDefaults: ResponseDefaults<"list"> = ListBackupsResponseDefaults;

/** get answers with Backup. */
export const getResponseDefaults: ResponseDefaults<"get"> = BackupDefaults;

/** listFiles answers with ListFilesResponse. */
export const listFilesResponseDefaults: ResponseDefaults<"listFiles"> = ListFilesResponseDefaults;

/** listArchives answers with ListArchivesResponse. */
export const listArchivesResponseDefaults: ResponseDefaults<"listArchives"> = ListArchivesResponseDefaults;

/** startRecovery answers with StartRecoveryOperation. */
export const startRecoveryResponseDefaults: ResponseDefaults<"startRecovery"> = StartRecoveryOperationDefaults;

/** delete answers with DeleteBackupOperation. */
export const deleteResponseDefaults: ResponseDefaults<"delete"> = DeleteBackupOperationDefaults;

/** getOperation answers with Operation. */
export const getOperationResponseDefaults: ResponseDefaults<"getOperation"> = OperationDefaults;
