// Builds the error of a non-2xx answer, or of a failed operation, from what came back.
import type { BadRequest, FieldViolation, RequestInfo, Status, StatusDetail } from "@backup-api/types/decoded";
import { BackupApiError, BackupOperationError } from "../core/errors.js";
import { StatusDefaults } from "../generated/proto3-defaults.js";
import { fillDefaults, isJsonObject } from "./decoding.js";
import { excerpt } from "./messages.js";
import { codeName, codeOfHttpStatus, httpStatusOf } from "./status-codes.js";
import { requestIdOf } from "./transport.js";

// Typed by the spec's literal `@type`s: a URL that drifts from the spec does not compile.
const BAD_REQUEST: BadRequest["@type"] = "type.googleapis.com/google.rpc.BadRequest";
const REQUEST_INFO: RequestInfo["@type"] = "type.googleapis.com/google.rpc.RequestInfo";

/** `body` (just parsed, held by nothing else) as a `google.rpc.Status` with its defaults filled in, or `undefined` when it is not one. */
function asStatus(body: unknown): Status | undefined {
  if (!isJsonObject(body) || typeof body.code !== "number") return undefined;
  fillDefaults(body, StatusDefaults);
  return body as Status;
}

const isBadRequest = (detail: StatusDetail): detail is BadRequest => detail["@type"] === BAD_REQUEST;
const isRequestInfo = (detail: StatusDetail): detail is RequestInfo => detail["@type"] === REQUEST_INFO;

function fieldViolationsOf(details: StatusDetail[]): FieldViolation[] {
  return details.filter(isBadRequest).flatMap((detail) => detail.fieldViolations);
}

function requestIdInDetails(details: StatusDetail[]): string | undefined {
  return details.filter(isRequestInfo).find((detail) => detail.requestId)?.requestId;
}

/**
 * Whether `message` already states `violation` (`pageSize: must be at most 1000`) as a whole: not as the end of
 * a longer field's (`instancePolicy.computeInstanceId: …` does not state `computeInstanceId: …`), nor as the start
 * of a longer value (`…at most 10000` does not state `…at most 1000`).
 */
const states = (message: string, violation: string): boolean => {
  const parts = message.split(violation);
  // stated whole: neither the end of a longer field before it, nor the start of a longer value after it (1000 in 10000)
  return parts.slice(0, -1).some((before, index) => !/[\w.]$/.test(before) && !/^\w/.test(parts[index + 1]!));
};

/**
 * `INVALID_ARGUMENT: Request validation failed (pageSize: must be at most 1000; filter: invalid)`. Each field
 * violation is said once: added in parentheses unless the server's message already states it, as the
 * emulator's does (`Request validation failed: pageSize: must be at most 1000, got 5000`).
 */
function statusMessage(name: string, status: Status, fieldViolations: FieldViolation[]): string {
  const message = status.message || "(no message)";
  const unstated = fieldViolations
    .map((violation) => `${violation.field || "(unnamed field)"}: ${violation.description || "invalid"}`)
    .filter((violation) => !states(message, violation));
  return `${name}: ${message}${unstated.length ? ` (${unstated.join("; ")})` : ""}`;
}

/** `NOT_FOUND: HTTP 404 with a body that is not a google.rpc.Status (text/html), so perhaps not from the API: <html>…`. */
function foreignBodyMessage(name: string, response: Response, body: unknown): string {
  const text = typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body);
  const what = `HTTP ${response.status} with a body that is not a google.rpc.Status (${
    response.headers.get("content-type") ?? "no content-type"
  }), so perhaps not from the API`;
  return `${name}: ${what}${text ? `: ${excerpt(text)}` : ""}`;
}

/** The fields every API error has, from its code and details. */
function fieldsOf(code: number, details: StatusDetail[]) {
  return { code, codeName: codeName(code), details, fieldViolations: fieldViolationsOf(details) };
}

/**
 * The `BackupApiError` of a non-2xx `response`, whose `body` is its parsed JSON, or its text when it was not JSON,
 * or `undefined` when empty. A body that is not the API's own `google.rpc.Status` still gives a code, read from the
 * HTTP status, and the error says the body was not the API's.
 */
export function apiErrorFromAnswer(response: Response, body: unknown, clientRequestId: string): BackupApiError {
  const status = asStatus(body);
  const fields = fieldsOf(status?.code ?? codeOfHttpStatus(response.status), status?.details ?? []);
  const message = status
    ? statusMessage(fields.codeName, status, fields.fieldViolations)
    : foreignBodyMessage(fields.codeName, response, body);
  return new BackupApiError(message, {
    ...fields,
    status: response.status,
    requestId: requestIdOf(response) ?? requestIdInDetails(fields.details),
    clientRequestId,
    bodyIsStatus: status !== undefined,
  });
}

/** The `BackupOperationError` of an operation that finished with `error` (its status is the one the code maps to). */
export function operationError(operationId: string, error: Status): BackupOperationError {
  const fields = fieldsOf(error.code, error.details);
  return new BackupOperationError(statusMessage(fields.codeName, error, fields.fieldViolations), {
    ...fields,
    status: httpStatusOf(error.code),
    requestId: requestIdInDetails(error.details),
    clientRequestId: undefined,
    bodyIsStatus: true,
    operationId,
  });
}
