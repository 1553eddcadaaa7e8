import { BackupUsageError } from "../core/errors.js";
import type { BackupLogger, FetchLike } from "../core/options.js";

/**
 * The fetch of a client given none: `globalThis.fetch` as it is when each request is sent, not as it was when
 * the client was created, so that a mock installed later (MSW replaces globalThis.fetch when its server starts)
 * still sees the client's requests.
 */
export const globalFetch: FetchLike = (request) => {
  if (typeof globalThis.fetch !== "function") {
    throw new BackupUsageError("there is no global fetch here: pass createBackupClient a fetch option");
  }
  return globalThis.fetch(request);
};

/**
 * The `fetch` openapi-fetch calls, for the client's own methods and for `client.raw`: it signs the request with
 * the bearer token (unless it carries its own `Authorization`), logs it, and sends it as it is — a real
 * `Request`, whatever middleware made of it.
 */
export function createTransport(
  fetch: FetchLike,
  authorization: () => string | Promise<string>,
  logger: BackupLogger | undefined,
): FetchLike {
  return async (request) => {
    if (!request.headers.has("authorization")) request.headers.set("authorization", await authorization());
    logger?.({
      type: "request",
      httpMethod: request.method,
      url: request.url,
      headers: redactHeaders(request.headers),
    });
    const startedAt = Date.now();
    const response = await fetch(request);
    logger?.({
      type: "response",
      httpMethod: request.method,
      url: request.url,
      status: response.status,
      requestId: requestIdOf(response),
      durationMs: Date.now() - startedAt,
    });
    return response;
  };
}

/** The server's id of the request, from its `x-request-id` header. */
export const requestIdOf = (response: Response): string | undefined =>
  response.headers.get("x-request-id") ?? undefined;

/** Plain copy of request headers for a log line; the `Authorization` value is never copied. */
function redactHeaders(headers: Headers): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = name === "authorization" ? "Bearer [REDACTED]" : value;
  });
  return copy;
}
