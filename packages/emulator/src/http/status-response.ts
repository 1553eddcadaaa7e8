// Builds the JSON answers: successes and google.rpc.Status errors, each with a fresh x-request-id.
import type { Status } from "@backup-api/types";
import type { ApiError } from "./api-error.js";

export const REQUEST_INFO_TYPE = "type.googleapis.com/google.rpc.RequestInfo";
export const BAD_REQUEST_TYPE = "type.googleapis.com/google.rpc.BadRequest";

export function newRequestId(): string {
  return crypto.randomUUID();
}

function headersFor(requestId: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    "content-type": "application/json",
    "x-request-id": requestId,
    "x-server-trace-id": requestId.replace(/-/g, "").slice(0, 16),
    ...extra,
  });
}

export function jsonResponse(body: unknown, requestId: string, status = 200, extraHeaders?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: headersFor(requestId, extraHeaders) });
}

export function statusBody(error: ApiError, requestId: string): Status {
  const details: NonNullable<Status["details"]> = [{ "@type": REQUEST_INFO_TYPE, requestId }];
  if (error.options.fieldViolations?.length) {
    details.push({ "@type": BAD_REQUEST_TYPE, fieldViolations: error.options.fieldViolations });
  }
  return { code: error.code, message: error.message, details };
}

export function errorResponse(error: ApiError, requestId: string): Response {
  return jsonResponse(statusBody(error, requestId), requestId, error.httpStatus, error.options.headers);
}
