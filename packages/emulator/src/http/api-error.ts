// An answer that is not a success, as the service gives it: a google.rpc code, a message for a developer and,
// for bad input, the fields at fault. Thrown anywhere in a handler; the pipeline turns it into a Status body.
import type { FieldViolation } from "./field-violations.js";
import { statusCode, type StatusCodeName } from "../spec/status-codes.js";

export interface ApiErrorOptions {
  fieldViolations?: FieldViolation[];
  /** Overrides the code's HTTP status where the transport has its own (405, 413, 431). */
  httpStatus?: number;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: number;
  readonly httpStatus: number;

  constructor(
    readonly codeName: StatusCodeName,
    message: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(message);
    const entry = statusCode(codeName);
    this.code = entry.code;
    this.httpStatus = options.httpStatus ?? entry.httpStatus;
  }
}

/** 400 INVALID_ARGUMENT naming every field at fault, in the message and as BadRequest field violations. */
export function invalidArgument(fieldViolations: FieldViolation[], summary = "Request validation failed"): ApiError {
  const listed = fieldViolations.map((violation) => `${violation.field}: ${violation.description}`).join("; ");
  return new ApiError("INVALID_ARGUMENT", `${summary}: ${listed}`, { fieldViolations });
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError("NOT_FOUND", `${what} ${id} not found`);
}
