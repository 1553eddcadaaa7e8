// google.rpc codes, their names and HTTP statuses, as the spec states them (x-google-rpc-codes on Status.code).
import type { BackupApiDocument } from "@backup-api/spec";
import { document, resolveRef, type JsonObject } from "./document.js";

/** A google.rpc code name, such as `NOT_FOUND`: the names the spec lists, read from its literal type. */
export type StatusCodeName =
  BackupApiDocument["components"]["schemas"]["Status"]["properties"]["code"]["x-google-rpc-codes"][number]["name"];

export interface StatusCode {
  code: number;
  name: StatusCodeName;
  httpStatus: number;
}

const schemas = (document.components as JsonObject).schemas as JsonObject;
const codeSchema = (resolveRef(schemas.Status).properties as JsonObject).code as JsonObject;

/** Every code the spec lists, in code order. */
export const STATUS_CODES = codeSchema["x-google-rpc-codes"] as StatusCode[];

const byName = new Map(STATUS_CODES.map((entry) => [entry.name, entry]));

export function statusCode(name: StatusCodeName): StatusCode {
  const entry = byName.get(name);
  if (!entry) throw new Error(`spec: Status.code has no x-google-rpc-codes entry named ${name}`);
  return entry;
}

/**
 * The code a bare HTTP status stands for (a fault asked for by status). Several codes share 400, 409 and 500:
 * the first listed wins (INVALID_ARGUMENT, ALREADY_EXISTS, UNKNOWN) unless a more telling one is named here.
 */
const PREFERRED_FOR_STATUS: Record<number, StatusCodeName> = { 409: "ABORTED", 500: "INTERNAL" };

export function statusCodeForHttpStatus(httpStatus: number): StatusCode {
  const preferred = PREFERRED_FOR_STATUS[httpStatus];
  if (preferred) return statusCode(preferred);
  return STATUS_CODES.find((entry) => entry.httpStatus === httpStatus) ?? statusCode("UNKNOWN");
}
