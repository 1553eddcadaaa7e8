// Lookups over the google.rpc code table, which is generated from the spec (src/generated/status-codes.ts).
import { CODE_OF_HTTP_STATUS, STATUS_CODES, type StatusCodeName } from "../generated/status-codes.js";

const byCode = new Map<number, (typeof STATUS_CODES)[number]>(STATUS_CODES.map((entry) => [entry.code, entry]));

function codeNamed(name: StatusCodeName): number {
  const entry = STATUS_CODES.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`the code table has no ${name}`);
  return entry.code;
}

/** The name of a `google.rpc.Code`; `UNKNOWN` for a number the table does not have. */
export function codeName(code: number): StatusCodeName {
  return byCode.get(code)?.name ?? "UNKNOWN";
}

/** The HTTP status a code maps to (an operation's error has no HTTP answer of its own). */
export function httpStatusOf(code: number): number {
  return byCode.get(code)?.httpStatus ?? 500;
}

/**
 * The code a bare HTTP status stands for, when the body is not a `google.rpc.Status` (the table says which, from
 * the spec); a 502 is a gateway's way of saying the service is unavailable, as gRPC reads it; else UNKNOWN.
 */
export function codeOfHttpStatus(status: number): number {
  return CODE_OF_HTTP_STATUS[status] ?? codeNamed(status === 502 ? "UNAVAILABLE" : "UNKNOWN");
}
