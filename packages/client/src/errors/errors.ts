import type { StatusDetail } from "@backup-api/types";
import type { StatusCodeName } from "./status-codes.js";

// Names live on the prototypes (minifiers rename classes; `name` must survive, and stays out of own fields).
const named = (C: { prototype: Error }, name: string) => {
  C.prototype.name = name;
};

/** Base class of every error the client throws, so one `instanceof` check catches them all. */
export class BackupClientError extends Error {
  constructor(message: string, fields?: object, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, fields);
  }
}

/**
 * The API answered with an error (a non-2xx status), or an operation finished with `error`.
 * `code`/`codeName` are the `google.rpc.Status` code; `status` is the HTTP status (for an operation error, the
 * status that code maps to). `requestId` is what support asks for.
 */
export class BackupApiError extends BackupClientError {
  declare readonly status: number;
  declare readonly code: number;
  declare readonly codeName: StatusCodeName;
  declare readonly details: StatusDetail[];
  declare readonly requestId: string | undefined;
  /** The `x-client-request-id` the client sent. */
  declare readonly clientRequestId: string | undefined;
  /** Set when the error is a failed operation's `error`. */
  declare readonly operationId: string | undefined;
}

/** The request never got an HTTP answer: connection refused or reset, DNS failure, TLS error… (after retries). */
export class BackupNetworkError extends BackupClientError {}

/** The call (or `operations.wait`) ran past its `timeoutMs`. */
export class BackupTimeoutError extends BackupClientError {}

/** The caller's `AbortSignal` fired. `cause` holds the signal's reason. */
export class BackupAbortError extends BackupClientError {}

/** A 2xx answer whose body is not the JSON object the API promises (an HTML page from a proxy, a cut-off body…). */
export class BackupInvalidResponseError extends BackupClientError {
  declare readonly status: number;
  declare readonly requestId: string | undefined;
}

/** The client was called wrongly (a missing parameter, two list selectors, a bad option). Nothing was sent. */
export class BackupUsageError extends BackupClientError {}

named(BackupClientError, "BackupClientError");
named(BackupApiError, "BackupApiError");
named(BackupNetworkError, "BackupNetworkError");
named(BackupTimeoutError, "BackupTimeoutError");
named(BackupAbortError, "BackupAbortError");
named(BackupInvalidResponseError, "BackupInvalidResponseError");
named(BackupUsageError, "BackupUsageError");
