// Builds the JSON answers: successes and google.rpc.Status errors, each with a fresh x-request-id.
import type { Status } from "@backup-api/types";
import type { ApiError } from "./api-error.js";
import { BAD_REQUEST_TYPE, REQUEST_INFO_TYPE } from "../spec/type-urls.js";
import type { Reply } from "./exchange.js";

export function newRequestId(): string {
  return crypto.randomUUID();
}

export function jsonReply(
  body: unknown,
  requestId: string,
  status = 200,
  extraHeaders?: Record<string, string>,
): Reply {
  return jsonTextReply(JSON.stringify(body), requestId, status, extraHeaders);
}

/** A reply whose body is JSON text already. */
export function jsonTextReply(
  text: string,
  requestId: string,
  status = 200,
  extraHeaders?: Record<string, string>,
): Reply {
  const headers = {
    "content-type": "application/json",
    "x-request-id": requestId,
    "x-server-trace-id": requestId.replace(/-/g, "").slice(0, 16),
    ...extraHeaders,
  };
  return { status, headers, body: text };
}

export function statusBody(error: ApiError, requestId: string): Status {
  const details: NonNullable<Status["details"]> = [{ "@type": REQUEST_INFO_TYPE, requestId }];
  if (error.options.fieldViolations?.length) {
    details.push({ "@type": BAD_REQUEST_TYPE, fieldViolations: error.options.fieldViolations });
  }
  return { code: error.code, message: error.message, details };
}

export function errorReply(error: ApiError, requestId: string): Reply {
  return jsonReply(statusBody(error, requestId), requestId, error.httpStatus, error.options.headers);
}
