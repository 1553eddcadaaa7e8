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

export const DEFAULT_TIMINGS: Record<OperationKind, Required<Pick<OperationTiming, "durationMs">>> = {
  recovery: { durationMs: 5_000 },
  delete: { durationMs: 2_000 },
};

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
      throw new TypeError(`createEmulator: operations.${kind} is not an operation kind (recovery, delete)`);
    checkTiming(kind, timing);
  }
  return {
    recovery: { ...DEFAULT_TIMINGS.recovery, ...timings?.recovery },
    delete: { ...DEFAULT_TIMINGS.delete, ...timings?.delete },
  };
}
