// One request through the emulator, front door to answer:
//   request id → header size → control API → operations brought up to time → route (404/405) → faults →
//   auth (401) → validation (400) → handler → commit → proto3 JSON → faults that lose the answer.
// Anything but a success is a google.rpc.Status with the request id, as the service's gateway answers.
import type { OperationId, Status } from "@backup-api/types";
import type { FaultRule } from "../faults/fault-rule.js";
import type { HandlerContext, Handlers } from "../handlers/context.js";
import { toProto3JsonText } from "../spec/bundled-spec.js";
import type { Route, RouteMatch } from "./router.js";
import { statusCode, statusCodeForHttpStatus } from "../spec/status-codes.js";
import { ApiError } from "./api-error.js";
import { authenticate, type Caller } from "./authenticate.js";
import { LIMITS } from "./limits.js";
import { bodyBytes, type EmulatorRequest, headersTooLarge, type Outcome, type Reply } from "./exchange.js";
import { errorReply, jsonTextReply, newRequestId } from "./status-response.js";
import { type ValidatedRequest, validateRequest } from "./validate-request.js";

export interface RequestPipeline {
  match(method: string, pathname: string): RouteMatch;
  handlers: Handlers;
  /** The control API's answer under its reserved prefix; undefined, without a promise, for any other path. */
  control(request: EmulatorRequest, url: URL, requestId: string): Promise<Reply> | undefined;
  /** Brings running operations up to the clock's time, and commits what that changed. */
  advance(): void;
  /** Makes the request's changes durable (a persistent store writes them): before the answer leaves. */
  commit(): void;
  takeFault(operationId: OperationId): FaultRule | undefined;
  sleep(milliseconds: number): Promise<void>;
  /** What a handler is given for this request: the emulator's state beside the request's own three. */
  context(request: ValidatedRequest, caller: Caller, operationFailure: Status | undefined): HandlerContext;
}

function headerBytes(headers: EmulatorRequest["headers"]): number {
  let total = 0;
  headers.forEach((value, name) => (total += name.length + value.length + 4));
  return total;
}

function routeError(match: Exclude<RouteMatch, { kind: "found" }>, method: string, pathname: string): ApiError {
  switch (match.kind) {
    case "not-found":
      return new ApiError(
        "NOT_FOUND",
        `No route ${method} ${pathname}: the API has no such path (see the API reference)`,
      );
    case "method-not-allowed":
      return new ApiError(
        "UNIMPLEMENTED",
        `Method ${method} is not allowed on ${pathname}; allowed: ${match.allowed.join(", ")}`,
        {
          httpStatus: 405,
          headers: { allow: match.allowed.join(", ") },
        },
      );
    case "bad-encoding":
      return new ApiError(
        "INVALID_ARGUMENT",
        `Path parameter ${match.parameter} is not valid percent-encoding: ${match.value}`,
        {
          fieldViolations: [{ field: match.parameter, description: "is not valid percent-encoding" }],
        },
      );
  }
}

function faultError(rule: FaultRule): ApiError {
  const entry = statusCodeForHttpStatus(rule.status!);
  const headers = rule.retryAfterSeconds === undefined ? undefined : { "retry-after": String(rule.retryAfterSeconds) };
  return new ApiError(entry.name, `Injected fault: ${rule.status} ${entry.name}`, {
    httpStatus: rule.status!,
    ...(headers && { headers }),
  });
}

function truncate(reply: Reply): Outcome {
  return { kind: "truncated", reply, sendBytes: Math.floor(bodyBytes(reply).byteLength / 2) };
}

async function answer(
  pipeline: RequestPipeline,
  request: EmulatorRequest,
  url: URL,
  requestId: string,
): Promise<Outcome> {
  const respond = (reply: Reply): Outcome => ({ kind: "reply", reply });
  if (headerBytes(request.headers) > LIMITS.maxHeaderBytes) {
    throw headersTooLarge();
  }
  const control = pipeline.control(request, url, requestId);
  if (control) return respond(await control);

  pipeline.advance();
  const match = pipeline.match(request.method.toUpperCase(), url.pathname);
  if (match.kind !== "found") throw routeError(match, request.method, url.pathname);
  const fault = pipeline.takeFault(match.route.operation.operationId);
  if (fault?.delayMs) await pipeline.sleep(fault.delayMs);
  if (fault?.reset && !fault.afterHandling) return { kind: "reset" };
  if (fault?.status !== undefined && !fault.afterHandling) throw faultError(fault);

  let reply: Reply;
  try {
    reply = await handleOperation(pipeline, match.route, request, url, requestId, fault);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    reply = errorReply(error, requestId);
  }
  // Faults that strike once the work is done, whatever the answer was.
  if (fault?.afterHandling && fault.reset) return { kind: "reset" };
  if (fault?.afterHandling && fault.status !== undefined) return respond(errorReply(faultError(fault), requestId));
  if (fault?.truncateBody) return truncate(reply);
  return respond(reply);
}

async function handleOperation(
  pipeline: RequestPipeline,
  route: Route,
  request: EmulatorRequest,
  url: URL,
  requestId: string,
  fault: FaultRule | undefined,
): Promise<Reply> {
  const caller = authenticate(request.headers);
  const validated = await validateRequest(route, request, url);
  // Validation may have waited on the body: time moved, so bring operations up to it before reading state.
  pipeline.advance();
  const operationFailure: Status | undefined = fault?.operationError && {
    code: statusCode(fault.operationError.code).code,
    message: fault.operationError.message ?? `Injected fault: the operation failed with ${fault.operationError.code}`,
  };
  const handler = pipeline.handlers[route.operation.operationId];
  try {
    const result = await handler(pipeline.context(validated, caller, operationFailure));
    const written = toProto3JsonText(result.body, result.schemaName);
    // A kept record answered whole (a GET) goes out as its kept bytes, encoded once for every answer that shows
    // it. JSON written for this answer alone (a page, an Operation) goes out as text, which node:http encodes as
    // it writes: bytes of it would be one more buffer per answer for the garbage collector.
    return jsonTextReply(written === result.body ? written.bytes : written.text, requestId);
  } finally {
    pipeline.commit();
  }
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new ApiError("INVALID_ARGUMENT", `The request URL is not a valid URL: ${text}`);
  }
}

export async function handleRequest(pipeline: RequestPipeline, request: EmulatorRequest): Promise<Outcome> {
  const requestId = newRequestId();
  try {
    return await answer(pipeline, request, parseUrl(request.url), requestId);
  } catch (error) {
    if (error instanceof ApiError) return { kind: "reply", reply: errorReply(error, requestId) };
    // A bug of the emulator's own: still a Status, and it says so.
    const message = `Emulator internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { kind: "reply", reply: errorReply(new ApiError("INTERNAL", message), requestId) };
  }
}
