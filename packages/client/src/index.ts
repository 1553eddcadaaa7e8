export { createBackupClient, type BackupClient } from "./client/create-backup-client.js";
export { CLIENT_DEFAULTS } from "./config/defaults.js";
export type { BackupClientOptions } from "./config/options.js";
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
} from "./errors/errors.js";
export { DEFAULT_REGION, REGIONS, type Region } from "./generated/regions.js";
export { STATUS_CODES, type StatusCodeName } from "./generated/status-codes.js";
export type { BackupLogEvent, BackupLogger } from "./logging/logger.js";
export type { DoneOperation, OperationsApi, WaitOptions } from "./operations/operations.js";
export type { CallOptions, MutationOptions, Result, WithResponse } from "./pipeline/options.js";
export type {
  BackupsApi,
  DeleteBackupInput,
  GetBackupInput,
  ListArchivesInput,
  ListFilesInput,
  StartRecoveryInput,
} from "./resources/backups.js";
export type { RetryOptions } from "./retry/backoff.js";
export { RETRYABLE_STATUSES } from "./retry/retryable-statuses.js";
export type {
  ListAllBackupsInput,
  ListBackupsInput,
  ListPaging,
  ListSelector,
  ListSelectors,
} from "./selectors/list-selector.js";
export type { FetchLike } from "./transport/transport.js";
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
