/**
 * GENERATED FILE — DO NOT EDIT.
 * The google.rpc codes with their names and HTTP statuses (the gRPC-gateway mapping), and what a bare status stands for.
 * From `x-google-rpc-codes` on Status.code, and the examples of the declared error answers of the bundled spec, by packages/client/scripts/render-generated.mjs
 * (run `pnpm --filter @backup-api/client generate`). A test fails when this file drifts from the spec.
 */

export const STATUS_CODES = [
  { code: 1, name: "CANCELLED", httpStatus: 499 },
  { code: 2, name: "UNKNOWN", httpStatus: 500 },
  { code: 3, name: "INVALID_ARGUMENT", httpStatus: 400 },
  { code: 4, name: "DEADLINE_EXCEEDED", httpStatus: 504 },
  { code: 5, name: "NOT_FOUND", httpStatus: 404 },
  { code: 6, name: "ALREADY_EXISTS", httpStatus: 409 },
  { code: 7, name: "PERMISSION_DENIED", httpStatus: 403 },
  { code: 8, name: "RESOURCE_EXHAUSTED", httpStatus: 429 },
  { code: 9, name: "FAILED_PRECONDITION", httpStatus: 400 },
  { code: 10, name: "ABORTED", httpStatus: 409 },
  { code: 11, name: "OUT_OF_RANGE", httpStatus: 400 },
  { code: 12, name: "UNIMPLEMENTED", httpStatus: 501 },
  { code: 13, name: "INTERNAL", httpStatus: 500 },
  { code: 14, name: "UNAVAILABLE", httpStatus: 503 },
  { code: 15, name: "DATA_LOSS", httpStatus: 500 },
  { code: 16, name: "UNAUTHENTICATED", httpStatus: 401 },
] as const;

/** The name of a `google.rpc.Code`, such as `NOT_FOUND`. */
export type StatusCodeName = (typeof STATUS_CODES)[number]["name"];

/**
 * The code a bare HTTP status stands for (an error page that is not a google.rpc.Status): for a status the spec
 * declares, the code of its first example (a 409 is ABORTED, a 500 INTERNAL); else the one code mapping to it.
 */
export const CODE_OF_HTTP_STATUS: Readonly<Record<number, number>> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  409: 10,
  429: 8,
  499: 1,
  500: 13,
  501: 12,
  503: 14,
  504: 4,
};
