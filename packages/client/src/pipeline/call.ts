import { withDeadline } from "../abort/deadline.js";
import { BackupClientError, BackupInvalidResponseError, BackupNetworkError } from "../errors/errors.js";
import { apiError, excerpt } from "../errors/from-status.js";
import { uuid } from "../ids/uuid.js";
import { isRetryableStatus, retryDelay } from "../retry/backoff.js";
import { requestIdOf } from "../transport/transport.js";
import type { Context } from "./context.js";
import type { MutationOptions } from "./options.js";

// openapi-fetch's typed surface is for users of `client.raw`; the pipeline drives it generically.
type Loose = { request(m: string, p: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }> };

/**
 * Runs one logical call: one `x-client-request-id` (and, for anything but GET, one `Idempotency-Key`) for all
 * attempts, one deadline for all of them, retries with backoff on network errors and retryable statuses.
 * `path` is final (parameters filled in); `query` or `body` carry the rest.
 */
export function call(
  c: Context,
  name: string,
  method: string,
  path: string,
  args: { query?: object; body?: object },
  o: MutationOptions = {},
  baseUrl?: string,
): Promise<unknown> {
  const clientRequestId = o.clientRequestId ?? uuid();
  const headers: Record<string, string> = { ...o.headers, "x-client-request-id": clientRequestId };
  if (method !== "GET") headers["idempotency-key"] = o.idempotencyKey ?? uuid();
  // parseAs "text": the pipeline parses, so a body that is not JSON can be quoted in the error
  const init: Record<string, unknown> = { params: args, headers, parseAs: "text" };
  // openapi-fetch copies its options object twice per call: unset keys are left out rather than set to undefined
  if (args.body) init.body = args.body;
  if (baseUrl) init.baseUrl = baseUrl;
  const run = withDeadline(name, o.timeoutMs ?? c.timeoutMs, o.signal, async (d) => {
    // the deadline's signal goes to fetch: a timeout or an abort cancels the request in flight
    if (d.signal) init.signal = d.signal;
    for (let attempt = 0; ; attempt++) {
      let err: Error;
      let retryAfter: string | null = null;
      let retry = true;
      try {
        const { data, error, response } = await (c.raw as unknown as Loose).request(method, path, init);
        const requestId = requestIdOf(response);
        if (response.ok) {
          const value = parseObject(data, response, name, requestId);
          return o.withResponse ? { data: value, response, requestId, clientRequestId } : value;
        }
        err = apiError(error, response.status, requestId, clientRequestId);
        retry = isRetryableStatus(response.status);
        retryAfter = response.headers.get("retry-after");
      } catch (e) {
        // our own errors (a bad token, a body that is not JSON) are final
        if (e instanceof BackupClientError) throw e;
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        err = new BackupNetworkError(
          `${name}: ${(e as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""} after ${attempt + 1} attempt(s)`,
          undefined,
          { cause: e },
        );
      }
      if (d.over || !retry || attempt >= (o.maxRetries ?? c.maxRetries)) throw err;
      const delayMs = retryDelay(c.retry, attempt, retryAfter);
      c.log?.({ type: "retry", call: name, attempt: attempt + 1, delayMs, reason: err.message, clientRequestId });
      await d.sleep(delayMs);
    }
  });
  return c.log
    ? run.catch((error: Error) => {
        c.log!({ type: "error", call: name, error, clientRequestId });
        throw error;
      })
    : run;
}

/** The body of a 2xx answer: a JSON object, or a clear error saying what came instead. */
function parseObject(text: unknown, res: Response, name: string, requestId: string | undefined): object {
  try {
    const v: unknown = JSON.parse(text as string);
    if (typeof v === "object" && v && !Array.isArray(v)) return v;
  } catch {
    // reported below, quoting the body
  }
  throw new BackupInvalidResponseError(
    `${name}: HTTP ${res.status} body is not a JSON object (content-type ${res.headers.get("content-type")}): ${
      text ? excerpt(String(text)) : "empty"
    }`,
    { status: res.status, requestId },
  );
}
