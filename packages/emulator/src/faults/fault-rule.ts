// Faults on cue, per operation: an error status, a delay, a connection reset, a body cut short or an operation
// that fails, N times or with a seeded probability, so that a client's retry code can be tested against them.
import type { OperationId } from "@backup-api/types";
import { SPEC_OPERATIONS } from "../spec/bundled-spec.js";
import { STATUS_CODES, type StatusCodeName } from "../spec/status-codes.js";

export interface FaultRule {
  /** Which operation the fault hits (an operationId of the spec); `"*"` or absent: every operation. */
  operationId?: OperationId | "*";
  /** Answer with this HTTP status and the google.rpc.Status of its code (429 → RESOURCE_EXHAUSTED, 503 → UNAVAILABLE…). */
  status?: number;
  /** With `status`: send `Retry-After` with this many seconds. */
  retryAfterSeconds?: number;
  /** Wait this long (on the emulator's clock) before answering. Combines with the others. */
  delayMs?: number;
  /** Drop the connection without an answer (in-process: `fetch` rejects with a TypeError, as on a reset). */
  reset?: boolean;
  /** Send the real answer with its body cut in half. */
  truncateBody?: boolean;
  /** The Operation the request starts runs, then ends with this error instead of succeeding. */
  operationError?: { code: StatusCodeName; message?: string };
  /**
   * With `status` or `reset`: do the work first, then lose the answer, as when a response is lost on the way
   * back. A retry with the same Idempotency-Key then gets the Operation that was started.
   */
  afterHandling?: boolean;
  /** How many requests it hits, then it is spent. Default: every matching request until cleared. */
  times?: number;
  /** Chance (0..1) that a matching request is hit, drawn from the emulator's seeded random numbers. Default 1. */
  probability?: number;
}

const OPERATION_IDS = new Set(SPEC_OPERATIONS.map((operation) => operation.operationId as string));
const CODE_NAMES = new Set(STATUS_CODES.map((entry) => entry.name as string));

function fail(message: string): never {
  throw new TypeError(`fault: ${message}`);
}

/** Checks a rule from a caller (JS or the control API) and says what is wrong with it. */
export function checkFaultRule(input: unknown): FaultRule {
  if (input === null || typeof input !== "object" || Array.isArray(input)) fail("a fault rule must be an object");
  const rule = input as FaultRule & Record<string, unknown>;
  const known = [
    "operationId",
    "status",
    "retryAfterSeconds",
    "delayMs",
    "reset",
    "truncateBody",
    "operationError",
    "afterHandling",
    "times",
    "probability",
  ];
  for (const key of Object.keys(rule))
    if (!known.includes(key)) fail(`unknown field ${key} (known: ${known.join(", ")})`);
  if (rule.operationId !== undefined && rule.operationId !== "*" && !OPERATION_IDS.has(rule.operationId)) {
    fail(
      `operationId ${JSON.stringify(rule.operationId)} is not an operation of the spec (${[...OPERATION_IDS].join(", ")}, or "*")`,
    );
  }
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 400 && rule.status <= 599)) {
    fail(`status must be an HTTP error status from 400 to 599, got ${String(rule.status)}`);
  }
  for (const name of ["retryAfterSeconds", "delayMs"] as const) {
    const value = rule[name];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0))
      fail(`${name} must be a number ≥ 0, got ${String(value)}`);
  }
  if (rule.retryAfterSeconds !== undefined && rule.status === undefined) fail("retryAfterSeconds goes with status");
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 1))
    fail(`times must be an integer ≥ 1, got ${String(rule.times)}`);
  if (
    rule.probability !== undefined &&
    !(typeof rule.probability === "number" && rule.probability >= 0 && rule.probability <= 1)
  ) {
    fail(`probability must be a number from 0 to 1, got ${String(rule.probability)}`);
  }
  if (rule.operationError !== undefined && !CODE_NAMES.has(rule.operationError?.code)) {
    fail(
      `operationError.code must be a google.rpc code name (${[...CODE_NAMES].join(", ")}), got ${JSON.stringify(rule.operationError?.code)}`,
    );
  }
  const answers = [rule.status !== undefined, rule.reset === true, rule.truncateBody === true].filter(Boolean).length;
  if (answers > 1) fail("give at most one of status, reset and truncateBody");
  if (answers === 0 && rule.delayMs === undefined && rule.operationError === undefined) {
    fail("a fault needs at least one of status, reset, truncateBody, delayMs or operationError");
  }
  if (rule.afterHandling && rule.status === undefined && !rule.reset) fail("afterHandling goes with status or reset");
  return { ...rule };
}
