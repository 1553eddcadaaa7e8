// One logical call: one x-client-request-id (and, for calls that start work, one Idempotency-Key) for all its
// attempts, one deadline over all of them, retries with backoff on network failures and retryable statuses,
// and the answer decoded (proto3 defaults filled in).
import type { OperationId } from "@backup-api/types";
import type { DecodedResponse } from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import { BackupClientError, BackupInvalidResponseError, BackupNetworkError } from "../core/errors.js";
import type { CallOptions, MutationOptions, Result } from "../core/options.js";
import type { ResponseDefaults } from "../generated/proto3-defaults.js";
import { apiErrorFromAnswer } from "./api-error.js";
import { countOption, durationOption, requireCore } from "./checks.js";
import { sleep, withDeadline } from "./deadline.js";
import { decodeResponse, isJsonObject } from "./decoding.js";
import { excerpt, messageOf } from "./messages.js";
import { isRetryableStatus, retryDelay } from "./retry.js";
import { requestIdOf } from "./transport.js";

/** What each attempt hands to openapi-fetch besides the operation's own params. */
export interface AttemptInit {
  /** The call's deadline: the request carries it, so a timeout or an abort cancels it in flight. */
  signal: AbortSignal;
  /** The call's own extra headers (the client's are openapi-fetch's defaults). */
  headers: Record<string, string> | undefined;
  /** The pipeline parses the body itself, so that a body which is not JSON can be quoted in the error. */
  parseAs: "text";
}

/**
 * The headers the spec declares on the operations, sent as `params.header` (so tsc checks their names), the
 * same on every attempt of a call.
 */
export interface CallHeaders {
  "x-client-request-id": string;
  /** Only on a call that starts work. */
  "Idempotency-Key"?: string;
}

/** What openapi-fetch answers with `parseAs: "text"`. */
export interface RawAnswer {
  data?: string;
  error?: unknown;
  response: Response;
}

/** Which call this is. */
export interface CallDescription<K extends OperationId> {
  /** The client's method making it, as messages and log events name it: `backups.get`. */
  apiMethod: string;
  /** The defaults of the answer of the spec's operation it makes (`responseOfGet`), to decode it with. */
  response: ResponseDefaults<K>;
  /** Whether it starts work (answering with an Operation): it then sends an Idempotency-Key. */
  startsWork?: boolean;
}

/** A random UUID v4, from Web Crypto (Node 20+, Deno, Bun, and browsers in secure contexts). */
const uuid = (): string => crypto.randomUUID();

/**
 * A call's headers, made once for all its attempts: one x-client-request-id, and for a call that starts work one
 * Idempotency-Key, so that a retry can never start the work twice.
 */
function callHeaders(options: MutationOptions | undefined, startsWork: boolean | undefined): CallHeaders {
  const header: CallHeaders = { "x-client-request-id": options?.clientRequestId ?? uuid() };
  if (startsWork) header["Idempotency-Key"] = options?.idempotencyKey ?? uuid();
  return header;
}

/**
 * Makes one logical call: `send` makes one attempt through openapi-fetch, with the call's `header` (the same on
 * every attempt); the answer comes back decoded, or with its response when the options ask for it.
 */
export async function call<K extends OperationId, O extends CallOptions>(
  core: BackupCore,
  { apiMethod, response: responseDefaults, startsWork }: CallDescription<K>,
  options: O | undefined,
  send: (init: AttemptInit, header: CallHeaders) => Promise<RawAnswer>,
): Promise<Result<DecodedResponse<K>, O>> {
  requireCore(apiMethod, core);
  const header = callHeaders(options, startsWork);
  const clientRequestId = header["x-client-request-id"];
  const { signal, headers, withResponse } = options ?? {};
  // per-call options are checked as the client's are: a NaN would retry, or wait, without end
  const timeoutMs = durationOption(apiMethod, "timeoutMs", options?.timeoutMs, core.timeoutMs);
  const maxRetries = countOption(apiMethod, "maxRetries", options?.maxRetries, core.maxRetries);
  try {
    const { body, response, requestId } = await withDeadline(apiMethod, timeoutMs, signal, async (deadline) => {
      for (let attempt = 1; ; attempt++) {
        let failure: BackupClientError;
        let retryable = true;
        let retryAfter: string | null = null;
        try {
          const { data, error, response } = await send({ signal: deadline, headers, parseAs: "text" }, header);
          const requestId = requestIdOf(response);
          if (response.ok) return { body: jsonObject(data, response, apiMethod, requestId), response, requestId };
          failure = apiErrorFromAnswer(response, error, clientRequestId);
          retryable = isRetryableStatus(response.status);
          retryAfter = response.headers.get("retry-after");
        } catch (thrown) {
          // our own errors (the token provider's, the deadline's, an answer that is not JSON) end the call as they are
          if (thrown instanceof BackupClientError) throw thrown;
          if (deadline.aborted) throw deadline.reason;
          failure = networkError(apiMethod, thrown, attempt);
        }
        if (!retryable || attempt > maxRetries) throw failure;
        const delayMs = retryDelay(core.retry, attempt - 1, retryAfter);
        core.logger?.({
          type: "retry",
          call: apiMethod,
          attempt,
          delayMs,
          reason: failure.message,
          clientRequestId,
        });
        await sleep(delayMs, deadline);
      }
    });
    const data = decodeResponse(responseDefaults, body);
    // Result<T, O> is WithResponse<T> exactly when the options ask for it, which is what this checks
    return (withResponse ? { data, response, requestId, clientRequestId } : data) as Result<DecodedResponse<K>, O>;
  } catch (error) {
    core.logger?.({ type: "error", call: apiMethod, error: error as Error, clientRequestId });
    throw error;
  }
}

function networkError(apiMethod: string, thrown: unknown, attempt: number): BackupNetworkError {
  // undici puts what really happened (ECONNRESET, ECONNREFUSED…) in the cause of its "fetch failed"
  const cause = (thrown as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause ? ` (${cause.code ?? cause.message})` : "";
  return new BackupNetworkError(`${apiMethod}: ${messageOf(thrown)}${detail} after ${attempt} attempt(s)`, {
    attempts: attempt,
    cause: thrown,
  });
}

/** The body of a 2xx answer: a JSON object, or a clear error saying what came instead. */
function jsonObject(
  text: string | undefined,
  response: Response,
  apiMethod: string,
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
    `${apiMethod}: HTTP ${response.status} body is not a JSON object (content-type ${contentType}): ${
      text ? excerpt(text) : "empty"
    }`,
    { status: response.status, requestId },
  );
}
