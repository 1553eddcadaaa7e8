// Builds the JSON answers: successes and google.rpc.Status errors, each with a fresh x-request-id.
import type { Status } from "@backup-api/types";
import type { ApiError } from "./api-error.js";
import { BAD_REQUEST_TYPE, REQUEST_INFO_TYPE } from "../spec/type-urls.js";
import type { Reply } from "./exchange.js";

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The trace id answered beside a request id: its first 16 hex digits (a UUID's dashes sit at 8, 13, 18 and 23). */
const traceIdOf = (requestId: string) => requestId.slice(0, 8) + requestId.slice(9, 13) + requestId.slice(14, 18);

/** A reply of `body` serialized: its body is text. */
export function jsonReply(
  body: unknown,
  requestId: string,
  status = 200,
  extraHeaders?: Record<string, string>,
): Reply & { body: string } {
  return jsonTextReply(JSON.stringify(body), requestId, status, extraHeaders);
}

/** A reply whose body is JSON already, as text or as its UTF-8 bytes. */
export function jsonTextReply<Body extends string | Uint8Array<ArrayBuffer>>(
  json: Body,
  requestId: string,
  status = 200,
  extraHeaders?: Record<string, string>,
): Reply & { body: Body } {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-request-id": requestId,
    "x-server-trace-id": traceIdOf(requestId),
  };
  // Added one by one rather than spread: a spread into a literal makes V8 build the object's shape each time.
  if (extraHeaders) for (const name in extraHeaders) headers[name] = extraHeaders[name]!;
  return { status, headers, body: json };
}

export function statusBody(error: ApiError, requestId: string): Status {
  const details: NonNullable<Status["details"]> = [{ "@type": REQUEST_INFO_TYPE, requestId }];
  if (error.options.fieldViolations?.length) {
    details.push({ "@type": BAD_REQUEST_TYPE, fieldViolations: error.options.fieldViolations });
  }
  return { code: error.code, message: error.message, details };
}

export function errorReply(error: ApiError, requestId: string): Reply & { body: string } {
  return jsonReply(statusBody(error, requestId), requestId, error.httpStatus, error.options.headers);
}
