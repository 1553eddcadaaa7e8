// The 404 of an operation id the emulator does not hold: never started, or finished longer ago than it keeps them.
import { ApiError } from "../http/api-error.js";
import { FINISHED_OPERATION_LIFETIME_DAYS } from "./kept-state-rules.js";

export function unknownOperation(operationId: string): ApiError {
  return new ApiError(
    "NOT_FOUND",
    `Operation ${operationId} not found (finished operations are kept ${FINISHED_OPERATION_LIFETIME_DAYS} days)`,
  );
}
