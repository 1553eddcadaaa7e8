/**
 * GENERATED FILE — DO NOT EDIT.
 * What proto3 JSON leaves out of each message at its default, to be filled back in at every depth: strings (""), int64s ("0"), booleans (false), numbers (0), enums (their *_UNSPECIFIED value) and lists ([]). Message-typed fields (timestamps, objects, Any) have presence: they are followed, never filled; so do the scalars of a oneof (RetentionRule's maxCount), and a required scalar is always sent. Which field is which follows @backup-api/spec-walker's fieldRule. Then, one constant per operation, the message it answers with.
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

/** ActivateProviderMetadata */
export const ActivateProviderMetadataDefaults: MessageDefaults = {
  scalars: { folderId: "" },
};

/** StartRecoveryMetadata */
export const StartRecoveryMetadataDefaults: MessageDefaults = {
  scalars: { progressPercentage: 0, srcBackupId: "", dstComputeInstanceId: "" },
};

/** DeleteBackupMetadata */
export const DeleteBackupMetadataDefaults: MessageDefaults = {
  scalars: { computeInstanceId: "", backupId: "" },
};

/** CreatePolicyMetadata */
export const CreatePolicyMetadataDefaults: MessageDefaults = {
  scalars: { policyId: "" },
};

/** UpdatePolicyMetadata */
export const UpdatePolicyMetadataDefaults: MessageDefaults = {
  scalars: { policyId: "" },
};

/** DeletePolicyMetadata */
export const DeletePolicyMetadataDefaults: MessageDefaults = {
  scalars: { policyId: "" },
};

/** ApplyPolicyMetadata */
export const ApplyPolicyMetadataDefaults: MessageDefaults = {
  scalars: { policyId: "", computeInstanceId: "" },
};

/** ExecuteMetadata */
export const ExecuteMetadataDefaults: MessageDefaults = {
  scalars: { policyId: "", computeInstanceId: "", progressPercentage: 0 },
};

/** RevokeMetadata */
export const RevokeMetadataDefaults: MessageDefaults = {
  scalars: { policyId: "", computeInstanceId: "" },
};

/** DeleteResourceMetadata */
export const DeleteResourceMetadataDefaults: MessageDefaults = {
  scalars: { computeInstanceId: "" },
};

/** OperationMetadata */
export const OperationMetadataDefaults: MessageDefaults = {
  byType: { "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata": StartRecoveryMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata": DeleteBackupMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.CreatePolicyMetadata": CreatePolicyMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.UpdatePolicyMetadata": UpdatePolicyMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.DeletePolicyMetadata": DeletePolicyMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.ApplyPolicyMetadata": ApplyPolicyMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.ExecuteMetadata": ExecuteMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.RevokeMetadata": RevokeMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.ActivateProviderMetadata": ActivateProviderMetadataDefaults, "type.googleapis.com/yandex.cloud.backup.v1.DeleteResourceMetadata": DeleteResourceMetadataDefaults },
};

/** RequestInfo */
export const RequestInfoDefaults: MessageDefaults = {
  scalars: { requestId: "", servingData: "" },
};

/** BadRequest.fieldViolations[] */
export const BadRequestFieldViolationsItemDefaults: MessageDefaults = {
  scalars: { field: "", description: "" },
};

/** BadRequest */
export const BadRequestDefaults: MessageDefaults = {
  lists: { fieldViolations: BadRequestFieldViolationsItemDefaults },
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

/** PrePostCommand */
export const PrePostCommandDefaults: MessageDefaults = {
  scalars: { cmd: "", args: "", enabled: false, stopOnError: false, type: "COMMAND_TYPE_UNSPECIFIED", wait: false, workdir: "" },
};

/** RetriesConfiguration */
export const RetriesConfigurationDefaults: MessageDefaults = {
  scalars: { enabled: false },
};

/** Splitting */
export const SplittingDefaults: MessageDefaults = {
  scalars: { size: "0" },
};

/** VolumeShadowCopyServiceSettings */
export const VolumeShadowCopyServiceSettingsDefaults: MessageDefaults = {
  scalars: { enabled: false },
};

/** ArchiveProperties */
export const ArchivePropertiesDefaults: MessageDefaults = {
  scalars: { name: "" },
};

/** PerformanceWindow */
export const PerformanceWindowDefaults: MessageDefaults = {
  scalars: { enabled: false },
};

/** RetentionRule */
export const RetentionRuleDefaults: MessageDefaults = {
  lists: { backupSet: null },
};

/** Retention */
export const RetentionDefaults: MessageDefaults = {
  scalars: { beforeBackup: false },
  lists: { rules: RetentionRuleDefaults },
};

/** TimeOfDay */
export const TimeOfDayDefaults: MessageDefaults = {
  scalars: { hour: "0", minute: "0" },
};

/** BackupSetTime */
export const BackupSetTimeDefaults: MessageDefaults = {
  scalars: { includeLastDayOfMonth: false, runLater: false },
  lists: { weekdays: null, repeatAt: TimeOfDayDefaults, monthdays: null, months: null },
  messages: { timeFrom: TimeOfDayDefaults, timeTo: TimeOfDayDefaults },
};

/** BackupSet */
export const BackupSetDefaults: MessageDefaults = {
  scalars: { type: "TYPE_UNSPECIFIED" },
  messages: { time: BackupSetTimeDefaults },
};

/** Scheduling */
export const SchedulingDefaults: MessageDefaults = {
  scalars: { enabled: false, maxParallelBackups: "0" },
  lists: { backupSets: BackupSetDefaults },
  messages: { taskFailure: RetriesConfigurationDefaults },
};

/** FileFilters */
export const FileFiltersDefaults: MessageDefaults = {
  lists: { exclusionMasks: null, inclusionMasks: null },
};

/** PolicySettings */
export const PolicySettingsDefaults: MessageDefaults = {
  scalars: { multiVolumeSnapshottingEnabled: false, preserveFileSecuritySettings: false, silentModeEnabled: false, fastBackupEnabled: false, quiesceSnapshottingEnabled: false, sectorBySector: false, validationEnabled: false, lvmSnapshottingEnabled: false },
  lists: { prePostCommands: PrePostCommandDefaults },
  messages: { reattempts: RetriesConfigurationDefaults, splitting: SplittingDefaults, vmSnapshotReattempts: RetriesConfigurationDefaults, vss: VolumeShadowCopyServiceSettingsDefaults, archive: ArchivePropertiesDefaults, performanceWindow: PerformanceWindowDefaults, retention: RetentionDefaults, scheduling: SchedulingDefaults, fileFilters: FileFiltersDefaults },
};

/** Policy */
export const PolicyDefaults: MessageDefaults = {
  scalars: { id: "", name: "", enabled: false, folderId: "" },
  messages: { settings: PolicySettingsDefaults },
};

/** PolicyAny */
export const PolicyAnyDefaults: MessageDefaults = {
  extends: PolicyDefaults,
};

/** OperationResponse */
export const OperationResponseDefaults: MessageDefaults = {
  byType: { "type.googleapis.com/yandex.cloud.backup.v1.Policy": PolicyAnyDefaults },
};

/** Operation */
export const OperationDefaults: MessageDefaults = {
  scalars: { id: "", description: "", createdBy: "", done: false },
  messages: { metadata: OperationMetadataDefaults, error: StatusDefaults, response: OperationResponseDefaults },
};

/** ActivateProviderOperation */
export const ActivateProviderOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: ActivateProviderMetadataDefaults },
};

/** ActivateProviderRequest */
export const ActivateProviderRequestDefaults: MessageDefaults = {
  scalars: { skipDefaultPolicy: false, instanceRegistrationId: "" },
};

/** AgentInfo */
export const AgentInfoDefaults: MessageDefaults = {
  scalars: { currentVersion: "", latestVersion: "", canUpdate: false },
};

/** ApplyPolicyOperation */
export const ApplyPolicyOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: ApplyPolicyMetadataDefaults },
};

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

/** CreatePolicyOperation */
export const CreatePolicyOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: CreatePolicyMetadataDefaults, response: PolicyAnyDefaults },
};

/** CreatePolicyRequest */
export const CreatePolicyRequestDefaults: MessageDefaults = {
  messages: { settings: PolicySettingsDefaults },
};

/** DeleteBackupOperation */
export const DeleteBackupOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: DeleteBackupMetadataDefaults },
};

/** DeletePolicyOperation */
export const DeletePolicyOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: DeletePolicyMetadataDefaults },
};

/** DeleteResourceOperation */
export const DeleteResourceOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: DeleteResourceMetadataDefaults },
};

/** ExecutePolicyOperation */
export const ExecutePolicyOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: ExecuteMetadataDefaults },
};

/** GetAgentInstallCommandRequest */
export const GetAgentInstallCommandRequestDefaults: MessageDefaults = {
  lists: { policyIds: null },
};

/** GetAgentInstallCommandResponse */
export const GetAgentInstallCommandResponseDefaults: MessageDefaults = {
  scalars: { command: "" },
};

/** TenantInfo */
export const TenantInfoDefaults: MessageDefaults = {
  scalars: { folderId: "", personalTenantId: "", userId: "" },
};

/** Resource */
export const ResourceDefaults: MessageDefaults = {
  scalars: { computeInstanceId: "", online: false, enabled: false, status: "STATUS_UNSPECIFIED", statusDetails: "", statusProgress: "0", resourceId: "", isActive: false, initStatus: "INIT_STATUS_UNSPECIFIED", metadata: "", type: "RESOURCE_TYPE_UNSPECIFIED" },
  messages: { tenantInfo: TenantInfoDefaults, agentInfo: AgentInfoDefaults },
};

/** GetResourceResponse */
export const GetResourceResponseDefaults: MessageDefaults = {
  messages: { resource: ResourceDefaults },
};

/** ListActivatedProvidersResponse */
export const ListActivatedProvidersResponseDefaults: MessageDefaults = {
  scalars: { folderId: "" },
  lists: { names: null },
};

/** PolicyApplication */
export const PolicyApplicationDefaults: MessageDefaults = {
  scalars: { policyId: "", computeInstanceId: "", enabled: false, status: "STATUS_UNSPECIFIED", isProcessing: false },
};

/** ListApplicationsResponse */
export const ListApplicationsResponseDefaults: MessageDefaults = {
  lists: { applications: PolicyApplicationDefaults },
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

/** ListPoliciesResponse */
export const ListPoliciesResponseDefaults: MessageDefaults = {
  lists: { policies: PolicyDefaults },
};

/** ListResourcesResponse */
export const ListResourcesResponseDefaults: MessageDefaults = {
  scalars: { nextPageToken: "" },
  lists: { resources: ResourceDefaults },
};

/** Progress */
export const ProgressDefaults: MessageDefaults = {
  scalars: { current: "0", total: "0" },
};

/** Task */
export const TaskDefaults: MessageDefaults = {
  scalars: { id: "0", cancellable: false, policyId: "", type: "TYPE_UNSPECIFIED", status: "STATUS_UNSPECIFIED", computeInstanceId: "", resultCode: "CODE_UNSPECIFIED", error: "" },
  messages: { progress: ProgressDefaults },
};

/** ListTasksResponse */
export const ListTasksResponseDefaults: MessageDefaults = {
  scalars: { nextPageToken: "" },
  lists: { tasks: TaskDefaults },
};

/** RevokePolicyOperation */
export const RevokePolicyOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: RevokeMetadataDefaults },
};

/** StartRecoveryOperation */
export const StartRecoveryOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: StartRecoveryMetadataDefaults },
};

/** UpdatePolicyOperation */
export const UpdatePolicyOperationDefaults: MessageDefaults = {
  extends: OperationDefaults,
  messages: { metadata: UpdatePolicyMetadataDefaults, response: PolicyAnyDefaults },
};

/** UpdatePolicyRequest */
export const UpdatePolicyRequestDefaults: MessageDefaults = {
  messages: { settings: PolicySettingsDefaults },
};

/** list answers with ListBackupsResponse. */
export const responseOfList: ResponseDefaults<"list"> = ListBackupsResponseDefaults;

/** get answers with Backup. */
export const responseOfGet: ResponseDefaults<"get"> = BackupDefaults;

/** listFiles answers with ListFilesResponse. */
export const responseOfListFiles: ResponseDefaults<"listFiles"> = ListFilesResponseDefaults;

/** listArchives answers with ListArchivesResponse. */
export const responseOfListArchives: ResponseDefaults<"listArchives"> = ListArchivesResponseDefaults;

/** startRecovery answers with StartRecoveryOperation. */
export const responseOfStartRecovery: ResponseDefaults<"startRecovery"> = StartRecoveryOperationDefaults;

/** delete answers with DeleteBackupOperation. */
export const responseOfDelete: ResponseDefaults<"delete"> = DeleteBackupOperationDefaults;

/** listPolicies answers with ListPoliciesResponse. */
export const responseOfListPolicies: ResponseDefaults<"listPolicies"> = ListPoliciesResponseDefaults;

/** createPolicy answers with CreatePolicyOperation. */
export const responseOfCreatePolicy: ResponseDefaults<"createPolicy"> = CreatePolicyOperationDefaults;

/** getPolicy answers with Policy. */
export const responseOfGetPolicy: ResponseDefaults<"getPolicy"> = PolicyDefaults;

/** deletePolicy answers with DeletePolicyOperation. */
export const responseOfDeletePolicy: ResponseDefaults<"deletePolicy"> = DeletePolicyOperationDefaults;

/** updatePolicy answers with UpdatePolicyOperation. */
export const responseOfUpdatePolicy: ResponseDefaults<"updatePolicy"> = UpdatePolicyOperationDefaults;

/** applyPolicy answers with ApplyPolicyOperation. */
export const responseOfApplyPolicy: ResponseDefaults<"applyPolicy"> = ApplyPolicyOperationDefaults;

/** listPolicyApplications answers with ListApplicationsResponse. */
export const responseOfListPolicyApplications: ResponseDefaults<"listPolicyApplications"> = ListApplicationsResponseDefaults;

/** executePolicy answers with ExecutePolicyOperation. */
export const responseOfExecutePolicy: ResponseDefaults<"executePolicy"> = ExecutePolicyOperationDefaults;

/** revokePolicy answers with RevokePolicyOperation. */
export const responseOfRevokePolicy: ResponseDefaults<"revokePolicy"> = RevokePolicyOperationDefaults;

/** listResources answers with ListResourcesResponse. */
export const responseOfListResources: ResponseDefaults<"listResources"> = ListResourcesResponseDefaults;

/** getResource answers with GetResourceResponse. */
export const responseOfGetResource: ResponseDefaults<"getResource"> = GetResourceResponseDefaults;

/** deleteResource answers with DeleteResourceOperation. */
export const responseOfDeleteResource: ResponseDefaults<"deleteResource"> = DeleteResourceOperationDefaults;

/** listResourceTasks answers with ListTasksResponse. */
export const responseOfListResourceTasks: ResponseDefaults<"listResourceTasks"> = ListTasksResponseDefaults;

/** listActivatedProviders answers with ListActivatedProvidersResponse. */
export const responseOfListActivatedProviders: ResponseDefaults<"listActivatedProviders"> = ListActivatedProvidersResponseDefaults;

/** activateProvider answers with ActivateProviderOperation. */
export const responseOfActivateProvider: ResponseDefaults<"activateProvider"> = ActivateProviderOperationDefaults;

/** getAgentInstallCommand answers with GetAgentInstallCommandResponse. */
export const responseOfGetAgentInstallCommand: ResponseDefaults<"getAgentInstallCommand"> = GetAgentInstallCommandResponseDefaults;

/** getOperation answers with Operation. */
export const responseOfGetOperation: ResponseDefaults<"getOperation"> = OperationDefaults;

/** cancelOperation answers with Operation. */
export const responseOfCancelOperation: ResponseDefaults<"cancelOperation"> = OperationDefaults;
