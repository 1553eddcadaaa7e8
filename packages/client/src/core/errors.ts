// One class per kind of failure, each with typed fields (in the manner of openai-node's core/error.ts).
// Every one extends BackupClientError, so one `instanceof` check catches them all. `name` is set on each
// class because minifiers rename classes. Fields are declared, then copied in from the constructor's `fields`.
import type { FieldViolation, StatusDetail } from "@backup-api/types/decoded";
import type { StatusCodeName } from "../generated/status-codes.js";

/** Base class of every error the client throws. */
export class BackupClientError extends Error {
  override readonly name: string = "BackupClientError";
}

/** Fields of a `BackupApiError`. */
export interface BackupApiErrorFields {
  status: number;
  code: number;
  codeName: StatusCodeName;
  details: StatusDetail[];
  fieldViolations: FieldViolation[];
  requestId: string | undefined;
  clientRequestId: string | undefined;
  bodyIsStatus: boolean;
}

/** The API answered with an error (a non-2xx status). */
export class BackupApiError extends BackupClientError {
  override readonly name: string = "BackupApiError";
  /** The HTTP status (for a failed operation, the status its code maps to). */
  declare readonly status: number;
  /** The `google.rpc.Code` number. */
  declare readonly code: number;
  /** The code's name, such as `NOT_FOUND`. */
  declare readonly codeName: StatusCodeName;
  /** The `details` of the `google.rpc.Status`, proto3 defaults filled in. */
  declare readonly details: StatusDetail[];
  /** The fields the server said were wrong (`google.rpc.BadRequest` details), also named in the message. */
  declare readonly fieldViolations: FieldViolation[];
  /** The server's id of the request (`x-request-id` or the `RequestInfo` detail): what support asks for. */
  declare readonly requestId: string | undefined;
  /** The `x-client-request-id` the client sent. */
  declare readonly clientRequestId: string | undefined;
  /**
   * `false` when the body was not a `google.rpc.Status` (an HTML page, a proxy's problem+json): the code was
   * then only read from the HTTP status, and the answer may not come from the API at all — a proxy's 404 says
   * nothing about the backup.
   */
  declare readonly bodyIsStatus: boolean;

  constructor(message: string, fields: BackupApiErrorFields) {
    super(message);
    Object.assign(this, fields);
  }
}

/** An operation finished with `error`: the work failed, though every HTTP call succeeded. */
export class BackupOperationError extends BackupApiError {
  override readonly name: string = "BackupOperationError";
  /** The operation that failed. */
  declare readonly operationId: string;

  constructor(message: string, fields: BackupApiErrorFields & { operationId: string }) {
    super(message, fields);
  }
}

/** The request never got an HTTP answer: connection refused or reset, DNS failure, TLS error… (after retries). */
export class BackupNetworkError extends BackupClientError {
  override readonly name: string = "BackupNetworkError";
  /** How many attempts were made. */
  declare readonly attempts: number;

  constructor(message: string, fields: { attempts: number; cause: unknown }) {
    super(message, { cause: fields.cause });
    Object.assign(this, { attempts: fields.attempts });
  }
}

/** The call (or `operations.wait`) ran past its `timeoutMs`. */
export class BackupTimeoutError extends BackupClientError {
  override readonly name: string = "BackupTimeoutError";
  declare readonly timeoutMs: number;

  constructor(message: string, fields: { timeoutMs: number }) {
    super(message);
    Object.assign(this, fields);
  }
}

/** The caller's `AbortSignal` fired. `cause` holds the signal's reason. */
export class BackupAbortError extends BackupClientError {
  override readonly name: string = "BackupAbortError";
}

/** A 2xx answer whose body is not what the API promises (an HTML page from a proxy, a cut-off body…). */
export class BackupInvalidResponseError extends BackupClientError {
  override readonly name: string = "BackupInvalidResponseError";
  declare readonly status: number;
  declare readonly requestId: string | undefined;

  constructor(message: string, fields: { status: number; requestId: string | undefined }) {
    super(message);
    Object.assign(this, fields);
  }
}

/** The client was called wrongly (a missing parameter, two list selectors, a bad option). Nothing was sent. */
export class BackupUsageError extends BackupClientError {
  override readonly name: string = "BackupUsageError";
}

/** `getIamToken` threw or rejected. `cause` holds what it threw; the call was not sent, nor retried. */
export class BackupTokenError extends BackupClientError {
  override readonly name: string = "BackupTokenError";
}
