import type { Region } from "../generated/regions.js";
import type { BackupLogger } from "../logging/logger.js";
import type { RetryOptions } from "../retry/backoff.js";
import type { FetchLike } from "../transport/transport.js";

/** Options of `createBackupClient`. Give `iamToken` or `getIamToken`; everything else has a default (`CLIENT_DEFAULTS`). */
export interface BackupClientOptions {
  /** A fixed IAM token. */
  iamToken?: string;
  /** Called before every request (retries too), so it may cache and refresh the token. */
  getIamToken?: () => string | Promise<string>;
  /** The installation to call: its API host and its operations host (`REGIONS`). Default: the main one, `ru`. */
  region?: Region;
  /** Overrides the region's API host, e.g. a mock server or an emulator; operations then go there too. */
  baseUrl?: string;
  /** Overrides the operations host (default: `baseUrl` when that is given, else the region's operations host). */
  operationsBaseUrl?: string;
  /** The `fetch` to use, called with one `Request` (default: `globalThis.fetch`). */
  fetch?: FetchLike;
  /** Deadline of each call in ms, from its start, across its retries; 0 or Infinity turns it off. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Backoff tuning. */
  retry?: RetryOptions;
  /** Sees every request, response, retry and failure; the token is redacted. */
  logger?: BackupLogger;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}
