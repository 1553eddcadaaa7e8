// google.rpc.Code names by number (index = code). Kept as one joined string: it minifies and gzips smaller.
const NAMES =
  "OK CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED RESOURCE_EXHAUSTED FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE DATA_LOSS UNAUTHENTICATED".split(
    " ",
  );

/** The name of a `google.rpc.Code`, such as `NOT_FOUND`; `UNKNOWN` for a number outside the table. */
export type StatusCodeName =
  | "OK"
  | "CANCELLED"
  | "UNKNOWN"
  | "INVALID_ARGUMENT"
  | "DEADLINE_EXCEEDED"
  | "NOT_FOUND"
  | "ALREADY_EXISTS"
  | "PERMISSION_DENIED"
  | "RESOURCE_EXHAUSTED"
  | "FAILED_PRECONDITION"
  | "ABORTED"
  | "OUT_OF_RANGE"
  | "UNIMPLEMENTED"
  | "INTERNAL"
  | "UNAVAILABLE"
  | "DATA_LOSS"
  | "UNAUTHENTICATED";

export const codeName = (code: number): StatusCodeName => (NAMES[code] ?? "UNKNOWN") as StatusCodeName;

// HTTP status of each code (the gRPC-gateway mapping), index = code; used for errors inside an Operation.
const HTTP = [200, 499, 500, 400, 504, 404, 409, 403, 429, 400, 409, 400, 501, 500, 503, 500, 401];

export const httpStatusOf = (code: number): number => HTTP[code] ?? 500;

// Statuses that several codes map to, read as the code this API declares for them (409 ABORTED, 500 INTERNAL);
// a bare 502 is a proxy's way of saying the service is unavailable.
const PREFERRED: Record<number, number> = { 409: 10, 500: 13, 502: 14 };

/** The code a bare HTTP status stands for, when the body is not a `google.rpc.Status` (a proxy page, say). */
export const codeOfHttpStatus = (status: number): number => {
  const i = HTTP.indexOf(status);
  return PREFERRED[status] ?? (i > 0 ? i : 2);
};
