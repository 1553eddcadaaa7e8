// Builds the JSON answers: successes and google.rpc.Status errors, each with a fresh x-request-id.
import type { Status } from "@backup-api/types";
import type { ApiError } from "./api-error.js";
import { BAD_REQUEST_TYPE, REQUEST_INFO_TYPE } from "../spec/type-urls.js";
import type { Reply } from "./exchange.js";

const HEX_DIGITS = "0123456789abcdef";

/**
 * A fresh UUID (version 4) for each answer's x-request-id. Made with Math.random rather than Web Crypto: a request
 * id must be unique, not secret, and in Node the first use of the global `crypto` loads Web Crypto, a few
 * milliseconds of the emulator's first answer.
 */
export function newRequestId(): string {
  let id = "";
  for (let position = 0; position < 36; position++) {
    if (position === 8 || position === 13 || position === 18 || position === 23) id += "-";
    else if (position === 14) id += "4";
    else if (position === 19) id += HEX_DIGITS[8 + Math.floor(Math.random() * 4)];
    else id += HEX_DIGITS[Math.floor(Math.random() * 16)];
  }
  return id;
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
