// google.rpc codes, their names and HTTP statuses, and what a bare HTTP status stands for: as the spec states
// them, read by @backup-api/spec-walker.
import type { BackupApiDocument } from "@backup-api/spec";
import { codeOfHttpStatus, statusCodes } from "@backup-api/spec-walker";
import { SPEC } from "./bundled-spec.js";

/** A google.rpc code name, such as `NOT_FOUND`: the names the spec lists, read from its literal type. */
export type StatusCodeName =
  BackupApiDocument["components"]["schemas"]["Status"]["properties"]["code"]["x-google-rpc-codes"][number]["name"];

export interface StatusCode {
  code: number;
  name: StatusCodeName;
  httpStatus: number;
}

/** Every code the spec lists, in code order. */
export const STATUS_CODES = statusCodes(SPEC) as StatusCode[];

const byName = new Map(STATUS_CODES.map((entry) => [entry.name, entry]));
const byCode = new Map(STATUS_CODES.map((entry) => [entry.code, entry]));
// Read on first use: only a fault asked for by status needs it, and it walks every response of the spec, which
// would delay the emulator's start for nothing.
let codeOfStatus: Map<number, number> | undefined;

export function statusCode(name: StatusCodeName): StatusCode {
  const entry = byName.get(name);
  if (!entry) throw new Error(`spec: Status.code has no x-google-rpc-codes entry named ${name}`);
  return entry;
}

/**
 * The code a bare HTTP status stands for (a fault asked for by status): the one the spec gives it (a 409 is
 * ABORTED, a 500 INTERNAL, as the spec's examples of those answers say), else UNKNOWN.
 */
export function statusCodeForHttpStatus(httpStatus: number): StatusCode {
  codeOfStatus ??= codeOfHttpStatus(SPEC);
  const code = codeOfStatus.get(httpStatus);
  return (code !== undefined && byCode.get(code)) || statusCode("UNKNOWN");
}
