/**
 * GENERATED FILE — DO NOT EDIT.
 * A friendly name for each schema of the spec, in the decoded view. Produced by packages/types/scripts/render.mjs
 * (run `pnpm --filter @backup-api/types generate`); a test fails when this file drifts from the spec.
 */
import type { components } from "./decoded.js";

type Schemas = components["schemas"];

/** Details of a provider activation started by `activateProvider`. */
export type ActivateProviderMetadata = Schemas["ActivateProviderMetadata"];
/** The `Operation` started by `activateProvider`; its metadata is always `ActivateProviderMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type ActivateProviderOperation = Schemas["ActivateProviderOperation"];
/** The folder to activate the provider in. The provider's name is in the path. */
export type ActivateProviderRequest = Schemas["ActivateProviderRequest"];
/** The backup agent installed on the machine. */
export type AgentInfo = Schemas["AgentInfo"];
/** Which install command to get, by shell and kind of machine: `AGENT_INSTALL_BASH_EXTERNAL_VM`, `AGENT_INSTALL_BASH_EXTERNAL_SERVER` (Linux, bash), `AGENT_INSTALL_POWERSHELL_EXTERNAL_VM`, `AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER` (Windows, PowerShell); a VM or a physical server outside the cloud. `AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED` is refused. */
export type AgentInstallCommandType = Schemas["AgentInstallCommandType"];
/** A `google.protobuf.Any`: an object whose `@type` (`type.googleapis.com/<message name>`) tells what the other fields are. */
export type Any = Schemas["Any"];
/** Details of a policy application started by `applyPolicy`. */
export type ApplyPolicyMetadata = Schemas["ApplyPolicyMetadata"];
/** The `Operation` started by `applyPolicy`; its metadata is always `ApplyPolicyMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type ApplyPolicyOperation = Schemas["ApplyPolicyOperation"];
/** The instance to apply the policy to. It must be registered with Cloud Backup (see `listResources`). */
export type ApplyPolicyRequest = Schemas["ApplyPolicyRequest"];
/** A container of all backups of one instance made under one backup policy. Sizes are 64-bit integers sent as strings of digits. */
export type Archive = Schemas["Archive"];
/** An action the service may run on an archive. */
export type ArchiveAction = Schemas["ArchiveAction"];
/** Storage attributes of an archive. */
export type ArchiveAttributes = Schemas["ArchiveAttributes"];
/** On-disk format of an archive: the API's `Format` enum, used by `Archive.format` and `PolicySettings.format`. */
export type ArchiveFormat = Schemas["ArchiveFormat"];
/** How the policy names the archives it fills. */
export type ArchiveProperties = Schemas["ArchiveProperties"];
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
/** One schedule: at given times (`time`) or a delay after the previous run (`sinceLastExecTime`). Exactly one of the two is given (`exactly_one` in the API). */
export type BackupSet = Schemas["BackupSet"];
/** A schedule by the clock: `type` says how often it repeats, the other fields when. `weekdays`, `monthdays` and `months` list each value once. */
export type BackupSetTime = Schemas["BackupSetTime"];
/** Kind of backup a schedule makes: `TYPE_AUTO` (as the scheme says), `TYPE_FULL`, `TYPE_INCREMENTAL` or `TYPE_DIFFERENTIAL`. With the `CUSTOM` scheme each backup set must give one. `TYPE_UNSPECIFIED`: none given. */
export type BackupSetType = Schemas["BackupSetType"];
/** Kind of backup. */
export type BackupType = Schemas["BackupType"];
/** A `google.rpc.BadRequest` detail, naming each field of the request that was wrong. */
export type BadRequest = Schemas["BadRequest"];
/** Use of changed block tracking (CBT): `USE_IF_ENABLED`, `ENABLE_AND_USE` or `DO_NOT_USE`. `CHANGED_BLOCK_TRACKING_UNSPECIFIED` is refused in a policy. */
export type ChangedBlockTracking = Schemas["ChangedBlockTracking"];
/** When a command runs: `PRE_COMMAND` / `POST_COMMAND` before / after the backup, `PRE_DATA_COMMAND` / `POST_DATA_COMMAND` before / after its data capture. `COMMAND_TYPE_UNSPECIFIED`: none given. */
export type CommandType = Schemas["CommandType"];
/** How hard backups are compressed: `NORMAL`, `HIGH`, `MAX`, or `OFF` for none. `COMPRESSION_UNSPECIFIED` is refused in a policy. */
export type Compression = Schemas["Compression"];
/** Details of a policy creation started by `createPolicy`. */
export type CreatePolicyMetadata = Schemas["CreatePolicyMetadata"];
/** The `Operation` started by `createPolicy`; its metadata is always `CreatePolicyMetadata`, and its response, once done, the new `Policy`. */
export type CreatePolicyOperation = Schemas["CreatePolicyOperation"];
/** The policy to create. */
export type CreatePolicyRequest = Schemas["CreatePolicyRequest"];
/** A day of the week. `DAY_UNSPECIFIED` means none given. */
export type Day = Schemas["Day"];
/** Details of a deletion started by `delete`. */
export type DeleteBackupMetadata = Schemas["DeleteBackupMetadata"];
/** The `Operation` started by `delete`; its metadata is always `DeleteBackupMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type DeleteBackupOperation = Schemas["DeleteBackupOperation"];
/** Details of a policy deletion started by `deletePolicy`. */
export type DeletePolicyMetadata = Schemas["DeletePolicyMetadata"];
/** The `Operation` started by `deletePolicy`; its metadata is always `DeletePolicyMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type DeletePolicyOperation = Schemas["DeletePolicyOperation"];
/** Details of a resource deletion started by `deleteResource`. */
export type DeleteResourceMetadata = Schemas["DeleteResourceMetadata"];
/** The `Operation` started by `deleteResource`; its metadata is always `DeleteResourceMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type DeleteResourceOperation = Schemas["DeleteResourceOperation"];
/** A disk captured in a backup. */
export type Disk = Schemas["Disk"];
/** A `google.protobuf.Empty` packed in a `google.protobuf.Any`: the result of an operation that returns nothing but success. */
export type Empty = Schemas["Empty"];
/** Encryption applied to an archive: `NONE`, or AES with a 128, 192 or 256-bit key. `ENCRYPTION_ALGORITHM_UNSPECIFIED` means none was reported. */
export type EncryptionAlgorithm = Schemas["EncryptionAlgorithm"];
/** Progress of a backup started by `executePolicy`. */
export type ExecuteMetadata = Schemas["ExecuteMetadata"];
/** The `Operation` started by `executePolicy`; its metadata is always `ExecuteMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type ExecutePolicyOperation = Schemas["ExecutePolicyOperation"];
/** The instance to back up now. The policy must already be applied to it. */
export type ExecuteRequest = Schemas["ExecuteRequest"];
/** Which files to back up, by mask. `*` and `?` are wildcards; matching ignores case; an exclusion wins over an inclusion. */
export type FileFilters = Schemas["FileFilters"];
/** Which install command to get. */
export type GetAgentInstallCommandRequest = Schemas["GetAgentInstallCommandRequest"];
/** The command to run on the machine. */
export type GetAgentInstallCommandResponse = Schemas["GetAgentInstallCommandResponse"];
/** The resource, wrapped in a `resource` field. Unlike every other `get` of the API, this one does not answer the message itself. */
export type GetResourceResponse = Schemas["GetResourceResponse"];
/** A span of time, `count` units of `type`. Both are needed: `count` must be greater than 0, and proto3 cannot tell 0 from a left-out field. */
export type Interval = Schemas["Interval"];
/** Unit of an `Interval`. `TYPE_UNSPECIFIED` is refused. */
export type IntervalType = Schemas["IntervalType"];
/** The providers activated in a folder (this method is not paginated). */
export type ListActivatedProvidersResponse = Schemas["ListActivatedProvidersResponse"];
/** Every policy application that matches (this method is not paginated). */
export type ListApplicationsResponse = Schemas["ListApplicationsResponse"];
/** The archives that match the request (this method is not paginated). */
export type ListArchivesResponse = Schemas["ListArchivesResponse"];
/** One page of backups. */
export type ListBackupsResponse = Schemas["ListBackupsResponse"];
/** The children of one entry of a backup's file tree (this method is not paginated). */
export type ListFilesResponse = Schemas["ListFilesResponse"];
/** Every policy that matches (this method is not paginated). */
export type ListPoliciesResponse = Schemas["ListPoliciesResponse"];
/** One page of resources. */
export type ListResourcesResponse = Schemas["ListResourcesResponse"];
/** One page of a resource's tasks. */
export type ListTasksResponse = Schemas["ListTasksResponse"];
/** A long-running piece of work. Methods that start one answer at once (HTTP 200) with the Operation; poll it with `GET /operations/{operationId}` on the operations host until `done` is `true`. */
export type Operation = Schemas["Operation"];
/** Progress information of an operation, as a `google.protobuf.Any`. Its `@type` tells which kind of operation it is. */
export type OperationMetadata = Schemas["OperationMetadata"];
/** The result of a finished operation, as a `google.protobuf.Any`: a `Policy` for `createPolicy` and `updatePolicy`, a `google.protobuf.Empty` for every other operation. Its `@type` tells which. */
export type OperationResponse = Schemas["OperationResponse"];
/** The backup agent's performance window; the API only switches it on or off. */
export type PerformanceWindow = Schemas["PerformanceWindow"];
/** A backup policy: when a resource is backed up, how, and how long its backups are kept. Apply it to a registered resource with `applyPolicy`; one resource may be bound to several policies. Names are not unique within a folder, and a policy cannot be renamed. */
export type Policy = Schemas["Policy"];
/** A `Policy` packed in a `google.protobuf.Any`: the `response` of a finished `createPolicy` or `updatePolicy` operation, the policy as it now is. */
export type PolicyAny = Schemas["PolicyAny"];
/** The binding of a policy to a resource, made by `applyPolicy` and undone by `revokePolicy`. */
export type PolicyApplication = Schemas["PolicyApplication"];
/** State of a policy application. */
export type PolicyApplicationStatus = Schemas["PolicyApplicationStatus"];
/** Everything a policy says about its backups. `updatePolicy` replaces the whole object: send every field, not only the ones that change. */
export type PolicySettings = Schemas["PolicySettings"];
/** A command the agent runs around a backup. */
export type PrePostCommand = Schemas["PrePostCommand"];
/** How far a task got, `current` out of `total`. */
export type Progress = Schemas["Progress"];
/** How often a schedule repeats (the API's `RepeatePeriod`, spelled so): `HOURLY`, `DAILY`, `WEEKLY` or `MONTHLY`. `REPEATE_PERIOD_UNSPECIFIED` means none given. */
export type RepeatePeriod = Schemas["RepeatePeriod"];
/** A `google.rpc.RequestInfo` detail, naming the request so support can find it. */
export type RequestInfo = Schemas["RequestInfo"];
/** A machine registered with Cloud Backup: a Compute Cloud instance, a bare-metal server or an external machine. No method creates one: the backup agent registers its machine once it is installed. Its `computeInstanceId` names it in the routes (external machines get an id of that form too). */
export type Resource = Schemas["Resource"];
/** Where a resource is in its registration with Cloud Backup. */
export type ResourceInitStatus = Schemas["ResourceInitStatus"];
/** What a resource is doing. */
export type ResourceStatus = Schemas["ResourceStatus"];
/** Kind of machine registered as a backup resource. */
export type ResourceType = Schemas["ResourceType"];
/** Which backups to keep. Rule changes take effect with the next backup. */
export type Retention = Schemas["Retention"];
/** One retention rule: keep backups up to an age (`maxAge`) or up to a count (`maxCount`). Exactly one of the two is given (`exactly_one` in the API). */
export type RetentionRule = Schemas["RetentionRule"];
/** When and how often to retry. `interval` and `maxAttempts` are needed even with `enabled: false` (`maxAttempts` must be greater than 0). */
export type RetriesConfiguration = Schemas["RetriesConfiguration"];
/** Details of a policy revocation started by `revokePolicy`. */
export type RevokeMetadata = Schemas["RevokeMetadata"];
/** The `Operation` started by `revokePolicy`; its metadata is always `RevokeMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type RevokePolicyOperation = Schemas["RevokePolicyOperation"];
/** The instance to revoke the policy from. */
export type RevokeRequest = Schemas["RevokeRequest"];
/** When backups run. `backupSets` needs at least one entry (the API's `(size) = ">0"`), so it cannot be left out. */
export type Scheduling = Schemas["Scheduling"];
/** Which backups are full and which incremental. */
export type SchedulingScheme = Schemas["SchedulingScheme"];
/** A schedule by delay, measured from the end of the previous run. */
export type SinceLastExecTime = Schemas["SinceLastExecTime"];
/** Splits a backup into files of at most `size` bytes. Clients send `9223372036854775807` (the largest int64) to split nothing in practice. */
export type Splitting = Schemas["Splitting"];
/** Progress of a recovery started by `startRecovery`. */
export type StartRecoveryMetadata = Schemas["StartRecoveryMetadata"];
/** The `Operation` started by `startRecovery`; its metadata is always `StartRecoveryMetadata`, and its response, once done, `google.protobuf.Empty`. */
export type StartRecoveryOperation = Schemas["StartRecoveryOperation"];
/** Where to recover the backup. */
export type StartRecoveryRequest = Schemas["StartRecoveryRequest"];
/** A `google.rpc.Status`: the body of every error answer and the `error` of a failed operation. */
export type Status = Schemas["Status"];
/** One detail of a `google.rpc.Status`, a `google.protobuf.Any` told apart by its `@type`. */
export type StatusDetail = Schemas["StatusDetail"];
/** A piece of work the backup agent does on a resource (a backup, a retention pass, a recovery, …). */
export type Task = Schemas["Task"];
/** How a completed task ended: `OK`, `ERROR` (see `error`), `WARNING`, `CANCELLED`, `ABANDONED`, `TIMEDOUT`. `CODE_UNSPECIFIED`: not finished, or none reported. */
export type TaskCode = Schemas["TaskCode"];
/** Where a task is: `ENQUEUED`, `ASSIGNED`, `STARTED`, `PAUSED`, `COMPLETED` (see `resultCode`). `STATUS_UNSPECIFIED`: none reported. */
export type TaskStatus = Schemas["TaskStatus"];
/** Kind of task: `BACKUP`, `RETENTION` (deleting backups a retention rule no longer keeps), `RECOVERY`, `APPLY_POLICY`, `REVOKE_POLICY`. `TYPE_UNSPECIFIED`: none reported. */
export type TaskType = Schemas["TaskType"];
/** The resource's tenant with the backup provider. `getResource` adds it when asked with `includeTenantInfo=true`; the service does not say whether it appears otherwise, and this spec assumes it does not. */
export type TenantInfo = Schemas["TenantInfo"];
/** A time of day. The docs give `hour` 0–23 and `minute` 0–59; the API sets no range, so neither does this spec. Whether it is the machine's local time or UTC is documented both ways; current docs say local time. */
export type TimeOfDay = Schemas["TimeOfDay"];
/** Details of a policy update started by `updatePolicy`. */
export type UpdatePolicyMetadata = Schemas["UpdatePolicyMetadata"];
/** The `Operation` started by `updatePolicy`; its metadata is always `UpdatePolicyMetadata`, and its response, once done, the updated `Policy`. */
export type UpdatePolicyOperation = Schemas["UpdatePolicyOperation"];
/** The policy's new settings, which replace the old ones whole. There is no `name` and no update mask: a policy cannot be renamed, and every settings field must be sent. */
export type UpdatePolicyRequest = Schemas["UpdatePolicyRequest"];
/** Which VSS provider takes the snapshots: `NATIVE` or `TARGET_SYSTEM_DEFINED`. `VSS_PROVIDER_UNSPECIFIED` is refused. */
export type VSSProvider = Schemas["VSSProvider"];
/** A volume (partition) on a backed-up disk. */
export type Volume = Schemas["Volume"];
/** Use of Windows' Volume Shadow Copy Service (VSS) for consistent backups. */
export type VolumeShadowCopyServiceSettings = Schemas["VolumeShadowCopyServiceSettings"];
