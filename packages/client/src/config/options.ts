import type { BackupLogger } from "../logging/logger.js";
import type { RetryOptions } from "../retry/backoff.js";
import type { FetchLike } from "../transport/transport.js";

/** Options of `createBackupClient`. Give `iamToken` or `getIamToken`; everything else has a default. */
export interface BackupClientOptions {
  /** A fixed IAM token. */
  iamToken?: string;
  /** Called before every request (retries too), so it may cache and refresh the token. */
  getIamToken?: () => string | Promise<string>;
  /** `"ru"` (default, backup.api.cloud.yandex.net) or `"kz"` (backup.api.yandexcloud.kz). */
  region?: "ru" | "kz";
  /** Overrides the region's API host, e.g. a mock server. */
  baseUrl?: string;
  /** Overrides the operations host (default: `baseUrl` when that is given, else https://operation.api.cloud.yandex.net, the one documented host, for both regions). */
  operationsBaseUrl?: string;
  /** The `fetch` to use (default: `globalThis.fetch`). */
  fetch?: FetchLike;
  /** Deadline of each call from its start, across its retries, in ms (default 60000; 0 turns it off). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Backoff tuning. */
  retry?: RetryOptions;
  /** Sees every request, response, retry and failure; the token is redacted. */
  logger?: BackupLogger;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}
