import type { StatusDetail } from "@backup-api/types";
import type { StatusCodeName } from "./status-codes.js";

/** Base class of every error the client throws, so one `instanceof` check catches them all. */
export class BackupClientError extends Error {
  constructor(message: string, fields?: object, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, fields);
  }
}

/** A subclass of `BackupClientError` with extra fields `F`. */
export interface BackupErrorClass<F = object> {
  new (message: string, fields?: object, options?: { cause?: unknown }): BackupClientError & F;
  readonly prototype: BackupClientError & F;
}

// One small factory instead of seven class bodies. Names live on the prototypes: minifiers rename classes, and
// `name` must survive while staying out of the errors' own (enumerable) fields.
const named = <F>(C: { prototype: Error }, name: string) => {
  C.prototype.name = name;
  return C as BackupErrorClass<F>;
};
const sub = <F = object>(name: string) => named<F>(class extends BackupClientError {}, name);
named(BackupClientError, "BackupClientError");

/** Fields of `BackupApiError`. */
export interface BackupApiErrorFields {
  /** The HTTP status (for an operation's error, the status its code maps to). */
  readonly status: number;
  /** The `google.rpc.Status` code. */
  readonly code: number;
  readonly codeName: StatusCodeName;
  readonly details: StatusDetail[];
  /** The server's request id (`x-request-id` or the `RequestInfo` detail): what support asks for. */
  readonly requestId: string | undefined;
  /** The `x-client-request-id` the client sent. */
  readonly clientRequestId: string | undefined;
  /** Set when the error is a failed operation's `error`. */
  readonly operationId: string | undefined;
}

/** The API answered with an error (a non-2xx status), or an operation finished with `error`. */
export const BackupApiError = sub<BackupApiErrorFields>("BackupApiError");
export type BackupApiError = InstanceType<typeof BackupApiError>;

/** The request never got an HTTP answer: connection refused or reset, DNS failure, TLS error… (after retries). */
export const BackupNetworkError = sub("BackupNetworkError");
export type BackupNetworkError = InstanceType<typeof BackupNetworkError>;

/** The call (or `operations.wait`) ran past its `timeoutMs`. */
export const BackupTimeoutError = sub("BackupTimeoutError");
export type BackupTimeoutError = InstanceType<typeof BackupTimeoutError>;

/** The caller's `AbortSignal` fired. `cause` holds the signal's reason. */
export const BackupAbortError = sub("BackupAbortError");
export type BackupAbortError = InstanceType<typeof BackupAbortError>;

/** A 2xx answer whose body is not the JSON object the API promises (an HTML page from a proxy, a cut-off body…). */
export const BackupInvalidResponseError = sub<{ readonly status: number; readonly requestId: string | undefined }>(
  "BackupInvalidResponseError",
);
export type BackupInvalidResponseError = InstanceType<typeof BackupInvalidResponseError>;

/** The client was called wrongly (a missing parameter, two list selectors, a bad option). Nothing was sent. */
export const BackupUsageError = sub("BackupUsageError");
export type BackupUsageError = InstanceType<typeof BackupUsageError>;
