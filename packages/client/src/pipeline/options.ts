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
