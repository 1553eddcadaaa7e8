// How long operations take. By default a few seconds of the emulator's clock; tests pick a manual clock or
// "done after N polls" (as moto's state manager does), so that nothing waits on the wall clock.
import type { OperationKind } from "../state/model.js";

export interface OperationTiming {
  /** Length of the work on the emulator's clock. */
  durationMs?: number;
  /** Done after this many `GET /operations/{id}`, whatever the clock says. */
  completeAfterPolls?: number;
}

export type OperationTimings = Partial<Record<OperationKind, OperationTiming>>;

/** The service documents no durations: these are short enough for a test, long enough to be seen running. */
export const DEFAULT_TIMINGS: Record<OperationKind, Required<Pick<OperationTiming, "durationMs">>> = {
  recovery: { durationMs: 5_000 },
  delete: { durationMs: 2_000 },
  createPolicy: { durationMs: 1_000 },
  updatePolicy: { durationMs: 1_000 },
  deletePolicy: { durationMs: 1_000 },
  activateProvider: { durationMs: 2_000 },
  deleteResource: { durationMs: 2_000 },
  // The service says binding "may take up to 10-15 minutes" for a new VM; the emulator keeps it short.
  applyPolicy: { durationMs: 3_000 },
  revokePolicy: { durationMs: 2_000 },
  // A real backup takes minutes to hours; the emulator keeps it as long as a recovery, to be seen running.
  executePolicy: { durationMs: 5_000 },
};

/** Every kind of operation, in the order above. */
export const OPERATION_KINDS = Object.keys(DEFAULT_TIMINGS) as OperationKind[];

function checkTiming(kind: string, timing: OperationTiming | undefined): void {
  if (timing === undefined) return;
  const { durationMs, completeAfterPolls } = timing;
  if (durationMs !== undefined && !(Number.isFinite(durationMs) && durationMs >= 0)) {
    throw new RangeError(
      `createEmulator: operations.${kind}.durationMs must be a number ≥ 0, got ${String(durationMs)}`,
    );
  }
  if (completeAfterPolls !== undefined && !(Number.isInteger(completeAfterPolls) && completeAfterPolls >= 1)) {
    throw new RangeError(
      `createEmulator: operations.${kind}.completeAfterPolls must be an integer ≥ 1, got ${String(completeAfterPolls)}`,
    );
  }
}

export function resolveTimings(timings: OperationTimings | undefined): Record<OperationKind, OperationTiming> {
  for (const [kind, timing] of Object.entries(timings ?? {})) {
    if (!(kind in DEFAULT_TIMINGS))
      throw new TypeError(
        `createEmulator: operations.${kind} is not an operation kind (${OPERATION_KINDS.join(", ")})`,
      );
    checkTiming(kind, timing);
  }
  return Object.fromEntries(
    OPERATION_KINDS.map((kind) => [kind, { ...DEFAULT_TIMINGS[kind], ...timings?.[kind] }]),
  ) as Record<OperationKind, OperationTiming>;
}
