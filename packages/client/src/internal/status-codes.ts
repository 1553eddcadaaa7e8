// Lookups over the google.rpc code table, which is generated from the spec (src/generated/status-codes.ts).
import { CODE_OF_HTTP_STATUS, STATUS_CODES, type StatusCodeName } from "../generated/status-codes.js";

const entryOf = (code: number) => STATUS_CODES.find((entry) => entry.code === code);

/** The name of a `google.rpc.Code`; `UNKNOWN` for a number the table does not have. */
export function codeName(code: number): StatusCodeName {
  return entryOf(code)?.name ?? "UNKNOWN";
}

/** The HTTP status a code maps to (an operation's error has no HTTP answer of its own). */
export function httpStatusOf(code: number): number {
  return entryOf(code)?.httpStatus ?? 500;
}

/**
 * The code a bare HTTP status stands for, when the body is not a `google.rpc.Status` (the table says which, from
 * the spec); a 502 is a gateway's way of saying the service is unavailable, as gRPC reads it; else UNKNOWN.
 */
export function codeOfHttpStatus(status: number): number {
  const name: StatusCodeName = status === 502 ? "UNAVAILABLE" : "UNKNOWN";
  // StatusCodeName is the type of the table's own names: the entry is there
  return CODE_OF_HTTP_STATUS[status] ?? STATUS_CODES.find((entry) => entry.name === name)!.code;
}
