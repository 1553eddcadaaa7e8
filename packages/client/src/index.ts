export { createBackupClient, type BackupClient } from "./client/create-backup-client.js";
export type { BackupClientOptions } from "./config/options.js";
export {
  BackupAbortError,
  BackupApiError,
  BackupClientError,
  BackupInvalidResponseError,
  BackupNetworkError,
  BackupTimeoutError,
  BackupUsageError,
} from "./errors/errors.js";
export type { StatusCodeName } from "./errors/status-codes.js";
export type { BackupLogEvent, BackupLogger } from "./logging/logger.js";
export type { DoneOperation, OperationsApi, WaitOptions } from "./operations/operations.js";
export type { CallOptions, MutationOptions, Result, WithResponse } from "./pipeline/options.js";
export type { BackupsApi } from "./resources/backups.js";
export type { RetryOptions } from "./retry/backoff.js";
export type {
  ListAllBackupsInput,
  ListBackupsInput,
  ListPaging,
  ListSelector,
  ListSelectors,
} from "./selectors/list-selector.js";
export type { FetchLike } from "./transport/transport.js";
export type * from "@backup-api/types";
