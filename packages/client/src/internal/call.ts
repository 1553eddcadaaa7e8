// One logical call: one x-client-request-id (and, for calls that start work, one Idempotency-Key) for all its
// attempts, one deadline over all of them, retries with backoff on network failures and retryable statuses,
// and the answer decoded (proto3 defaults filled in).
import type { OperationId, paths } from "@backup-api/types";
import type { DecodedResponse } from "@backup-api/types/decoded";
import type { Client } from "openapi-fetch";
import { BackupClientError, BackupInvalidResponseError, BackupNetworkError } from "../core/errors.js";
import type { BackupLogger, CallOptions, MutationOptions, Result } from "../core/options.js";
import { apiErrorFromAnswer } from "./api-error.js";
import { sleep, withDeadline } from "./deadline.js";
import { decodeResponse, isJsonObject } from "./decoding.js";
import { excerpt, messageOf } from "./messages.js";
import { isRetryableStatus, retryDelay, type RetryPolicy } from "./retry.js";
import { requestIdOf } from "./transport.js";

/** Everything a call needs from its client, resolved once at creation. */
export interface Context {
  /** The openapi-fetch client every call goes through (also `client.raw`). */
  raw: Client<paths>;
  timeoutMs: number;
  maxRetries: number;
  retry: RetryPolicy;
  operationsBaseUrl: string;
  logger: BackupLogger | undefined;
}

/** What each attempt hands to openapi-fetch besides the operation's own params. */
export interface AttemptInit {
  /** The call's deadline: the request carries it, so a timeout or an abort cancels it in flight. */
  signal: AbortSignal;
  /** The call's own extra headers (the client's are openapi-fetch's defaults). */
  headers: Record<string, string> | undefined;
  /** The pipeline parses the body itself, so that a body which is not JSON can be quoted in the error. */
  parseAs: "text";
}

/** The headers the spec declares on every operation, sent as its `params.header` (so tsc checks their names). */
export interface ReadHeaders {
  "x-client-request-id": string;
}

/** …and on the operations that start work. */
export interface MutationHeaders extends ReadHeaders {
  "Idempotency-Key": string;
}

/** What openapi-fetch answers with `parseAs: "text"`. */
export interface RawAnswer {
  data?: string;
  error?: unknown;
  response: Response;
}

/** Which call this is: its name in messages (`backups.get`) and the spec's operation it makes. */
export interface CallDescription<K extends OperationId> {
  method: string;
  operationId: K;
}

/** A random UUID v4, from Web Crypto (Node 20+, Deno, Bun, and browsers in secure contexts). */
const uuid = (): string => crypto.randomUUID();

/** The headers of a call that only reads: one x-client-request-id for all its attempts. */
export const readHeaders = (options: CallOptions | undefined): ReadHeaders => ({
  "x-client-request-id": options?.clientRequestId ?? uuid(),
});

/** The headers of a call that starts work: its Idempotency-Key is made once, so a retry can never start it twice. */
export const mutationHeaders = (options: MutationOptions | undefined): MutationHeaders => ({
  ...readHeaders(options),
  "Idempotency-Key": options?.idempotencyKey ?? uuid(),
});

/**
 * Makes one logical call: `send` makes one attempt through openapi-fetch with the given `header` (the same on
 * every attempt); the answer comes back decoded, or with its response when the options ask for it.
 */
export async function call<K extends OperationId, O extends CallOptions, H extends ReadHeaders>(
  context: Context,
  { method, operationId }: CallDescription<K>,
  options: O | undefined,
  header: H,
  send: (init: AttemptInit, header: H) => Promise<RawAnswer>,
): Promise<Result<DecodedResponse<K>, O>> {
  const clientRequestId = header["x-client-request-id"];
  const {
    signal,
    headers,
    timeoutMs = context.timeoutMs,
    maxRetries = context.maxRetries,
    withResponse,
  } = options ?? {};
  try {
    const { body, response, requestId } = await withDeadline(method, timeoutMs, signal, async (deadline) => {
      for (let attempt = 1; ; attempt++) {
        let failure: BackupClientError;
        let retryable = true;
        let retryAfter: string | null = null;
        try {
          const { data, error, response } = await send({ signal: deadline, headers, parseAs: "text" }, header);
          const requestId = requestIdOf(response);
          if (response.ok) return { body: jsonObject(data, response, method, requestId), response, requestId };
          failure = apiErrorFromAnswer(response, error, clientRequestId);
          retryable = isRetryableStatus(response.status);
          retryAfter = response.headers.get("retry-after");
        } catch (thrown) {
          // our own errors (the token provider's, the deadline's, an answer that is not JSON) end the call as they are
          if (thrown instanceof BackupClientError) throw thrown;
          if (deadline.aborted) throw deadline.reason;
          failure = networkError(method, thrown, attempt);
        }
        if (!retryable || attempt > maxRetries) throw failure;
        const delayMs = retryDelay(context.retry, attempt - 1, retryAfter);
        context.logger?.({ type: "retry", call: method, attempt, delayMs, reason: failure.message, clientRequestId });
        await sleep(delayMs, deadline);
      }
    });
    const data = decodeResponse(operationId, body);
    // Result<T, O> is WithResponse<T> exactly when the options ask for it, which is what this checks
    return (withResponse ? { data, response, requestId, clientRequestId } : data) as Result<DecodedResponse<K>, O>;
  } catch (error) {
    context.logger?.({ type: "error", call: method, error: error as Error, clientRequestId });
    throw error;
  }
}

function networkError(method: string, thrown: unknown, attempt: number): BackupNetworkError {
  // undici puts what really happened (ECONNRESET, ECONNREFUSED…) in the cause of its "fetch failed"
  const cause = (thrown as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause ? ` (${cause.code ?? cause.message})` : "";
  return new BackupNetworkError(`${method}: ${messageOf(thrown)}${detail} after ${attempt} attempt(s)`, {
    attempts: attempt,
    cause: thrown,
  });
}

/** The body of a 2xx answer: a JSON object, or a clear error saying what came instead. */
function jsonObject(
  text: string | undefined,
  response: Response,
  method: string,
  requestId: string | undefined,
): object {
  try {
    const value: unknown = JSON.parse(text ?? "");
    if (isJsonObject(value)) return value;
  } catch {
    // reported below, quoting the body
  }
  const contentType = response.headers.get("content-type");
  throw new BackupInvalidResponseError(
    `${method}: HTTP ${response.status} body is not a JSON object (content-type ${contentType}): ${
      text ? excerpt(text) : "empty"
    }`,
    { status: response.status, requestId },
  );
}
