// The public API. What users touch lives in core/ (the client, its options, errors, resources, pagination and
// operations); internal/ holds the rest (the call pipeline, retries, the transport, decoding…) and exports
// nothing here but the RETRYABLE_STATUSES table.
export type {
  BackupsApi,
  DeleteBackupInput,
  GetBackupInput,
  ListArchivesInput,
  ListFilesInput,
  StartRecoveryInput,
} from "./core/backups.js";
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
export type { DoneOperation, OperationsApi, WaitOptions } from "./core/operations.js";
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
