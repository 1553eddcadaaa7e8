// The public API, from one entry point. core/ holds what every app shares and touches: the core
// (createBackupCore), createBackupClient, the options, the errors, the list selectors. services/ holds one file
// per service of the API, each method a standalone function on a core (`backupsGet(core, params, options)`) and
// the object createBackupClient offers (`client.backups`). The package has no side effects, so a bundler keeps
// only the functions an app imports. internal/ holds the rest (the call pipeline, retries, the transport,
// decoding…) and exports nothing here but the RETRYABLE_STATUSES table.
export { createBackupCore, type BackupCore } from "./core/backup-core.js";
export { createBackupClient, type BackupClient } from "./core/client.js";
export { CLIENT_DEFAULTS } from "./core/defaults.js";
export {
  BackupAbortError,
  BackupApiError,
  BackupClientError,
  BackupInvalidResponseError,
  BackupNetworkError,
  BackupOperationError,
  BackupTimeoutError,
  BackupTokenError,
  BackupUsageError,
  type BackupApiErrorFields,
} from "./core/errors.js";
export type {
  ListAllBackupsInput,
  ListBackupsInput,
  ListPaging,
  ListSelector,
  ListSelectors,
} from "./core/list-selector.js";
export type {
  BackupClientOptions,
  BackupLogEvent,
  BackupLogger,
  CallOptions,
  FetchLike,
  MutationOptions,
  Result,
  RetryOptions,
  WithResponse,
} from "./core/options.js";
export { DEFAULT_REGION, REGIONS, type Region } from "./generated/regions.js";
export { STATUS_CODES, type StatusCodeName } from "./generated/status-codes.js";
export { RETRYABLE_STATUSES } from "./internal/retry.js";
export {
  backupsDelete,
  backupsGet,
  backupsList,
  backupsListAll,
  backupsListArchives,
  backupsListFiles,
  backupsStartRecovery,
  type BackupsApi,
  type DeleteBackupInput,
  type GetBackupInput,
  type ListArchivesInput,
  type ListFilesInput,
  type StartRecoveryInput,
} from "./services/backups.js";
export {
  operationsCancel,
  operationsGet,
  operationsWait,
  type DoneOperation,
  type OperationsApi,
  type WaitOptions,
} from "./services/operations.js";
export {
  policiesApply,
  policiesCreate,
  policiesDelete,
  policiesExecute,
  policiesGet,
  policiesList,
  policiesListApplications,
  policiesRevoke,
  policiesUpdate,
  type ApplyPolicyInput,
  type CreatePolicyInput,
  type DeletePolicyInput,
  type ExecutePolicyInput,
  type GetPolicyInput,
  type ListPoliciesInput,
  type ListPolicyApplicationsInput,
  type PoliciesApi,
  type RevokePolicyInput,
  type UpdatePolicyInput,
} from "./services/policies.js";
export {
  policySettings,
  type BackupScheme,
  type ClockTime,
  type DeepPartial,
  type PolicyChoices,
  type PolicyRetention,
  type PolicySchedule,
  type PolicySettingsInput,
  type PolicySettingsOverrides,
  type TimeSpan,
  type Weekday,
} from "./services/policy-settings.js";
export {
  providersActivate,
  providersListActivated,
  type ActivateProviderInput,
  type ListActivatedProvidersInput,
  type ProvidersApi,
} from "./services/providers.js";
export {
  resourcesDelete,
  resourcesGet,
  resourcesList,
  resourcesListAll,
  resourcesListAllTasks,
  resourcesListTasks,
  type DeleteResourceInput,
  type GetResourceInput,
  type ListAllResourcesInput,
  type ListAllResourceTasksInput,
  type ListResourcesInput,
  type ListResourceTasksInput,
  type ResourcesApi,
} from "./services/resources.js";
export {
  setupGetAgentInstallCommand,
  type GetAgentInstallCommandInput,
  type SetupApi,
} from "./services/setup.js";
// What the client returns: the decoded view (proto3 defaults filled in), under the friendly names.
export type * from "@backup-api/types/decoded";
// What the server sends and client.raw returns: the wire view, and the operations' parameters.
export type {
  components,
  DeleteBackupParams,
  GetBackupParams,
  GetOperationParams,
  ListArchivesParams,
  ListBackupsParams,
  ListBackupsQuery,
  ListFilesParams,
  OperationId,
  operations,
  paths,
  StartRecoveryParams,
  Wire,
} from "@backup-api/types";
