import { afterEach, beforeEach, vi } from "vitest";

/**
 * Runs each test of the file on a fake clock: setTimeout, clearTimeout and Date move only when the test says so
 * (`await vi.advanceTimersByTimeAsync(ms)`), so timing is exact and no test waits for real time. Promises and
 * fetch's own plumbing run as usual.
 */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Settles `promise` into a value to inspect later, so a rejection is never unhandled while the clock moves. */
export function settle<T>(promise: Promise<T>): {
  readonly value: T | undefined;
  readonly error: unknown;
  readonly done: boolean;
} {
  const state = { value: undefined as T | undefined, error: undefined as unknown, done: false };
  promise.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
}
