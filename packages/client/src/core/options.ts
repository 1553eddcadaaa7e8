// What a user passes in: the options of a client, of each call, and the shapes the client hands back to the
// user's own code (a logger's events, a call's response when asked for it).
import type { Region } from "../generated/regions.js";

/** A `fetch` the client can use: it is called with one `Request`. `globalThis.fetch` is one. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Retry policy of a client; every field has a default (`CLIENT_DEFAULTS.retry`). */
export interface RetryOptions {
  /** First backoff delay in ms, doubled on each retry. */
  baseDelayMs?: number;
  /** Longest backoff delay in ms. */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured, in ms; a server asking for more gets the normal backoff. */
  maxRetryAfterMs?: number;
}

/**
 * What the logger hook sees. `httpMethod` is the request's verb (`GET`); `call` is the client's method that made
 * it (`backups.get`). Header values are copies with the token redacted.
 */
export type BackupLogEvent =
  | { type: "request"; httpMethod: string; url: string; headers: Record<string, string> }
  | {
      type: "response";
      httpMethod: string;
      url: string;
      status: number;
      requestId: string | undefined;
      durationMs: number;
    }
  | { type: "retry"; call: string; attempt: number; delayMs: number; reason: string; clientRequestId: string }
  | { type: "error"; call: string; error: Error; clientRequestId: string };

export type BackupLogger = (event: BackupLogEvent) => void;

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
  /**
   * The `fetch` to use, called with one `Request`. Default: `globalThis.fetch` as it is at each request, so a
   * mock installed after the client was created (MSW) still sees its requests.
   */
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

/** Options every method accepts as its last argument. */
export interface CallOptions {
  /** Cancels the call, its retries and their backoff sleeps. */
  signal?: AbortSignal;
  /** Deadline of this call, from its start, across all attempts (default: the client's `timeoutMs`). */
  timeoutMs?: number;
  /** Retries after the first attempt (default: the client's `maxRetries`). */
  maxRetries?: number;
  /** `x-client-request-id` of this call (default: a fresh UUID), the same on every retry. */
  clientRequestId?: string;
  /** Extra headers for this call, such as `x-client-trace-id`. */
  headers?: Record<string, string>;
  /** Resolve with `{ data, response, requestId, clientRequestId }` instead of the data alone. */
  withResponse?: boolean;
}

/** Options of the calls that start work (`delete`, `startRecovery`). */
export interface MutationOptions extends CallOptions {
  /** `Idempotency-Key` of this call (default: a fresh UUID v4), the same on every retry. */
  idempotencyKey?: string;
}

/** A successful call with its HTTP details, from `{ withResponse: true }`. */
export interface WithResponse<T> {
  data: T;
  /** The raw response; its body has already been read. */
  response: Response;
  /** The server's id of the request (`x-request-id`), to quote to support. */
  requestId: string | undefined;
  /** The `x-client-request-id` the client sent. */
  clientRequestId: string;
}

/** The data, or the data with its response when the options ask for it. */
export type Result<T, O> = O extends { withResponse: true } ? WithResponse<T> : T;
