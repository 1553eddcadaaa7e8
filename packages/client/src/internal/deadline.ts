// A call's deadline: its timeout, counted from its start, and the caller's signal, as one AbortSignal that the
// work (every attempt, every backoff sleep, every body read) carries.
import { BackupAbortError, BackupTimeoutError } from "../core/errors.js";

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days) and fires at once for more: a longer timeout is none.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Whether `timeoutMs` sets a deadline: 0, Infinity and anything past setTimeout's range mean none. */
export const hasDeadline = (timeoutMs: number): boolean => timeoutMs > 0 && timeoutMs <= LONGEST_TIMER_MS;

/**
 * Runs `work` until it settles, the timeout passes or the caller's signal aborts, whichever comes first
 * (`apiMethod` names it in the messages, and `stillRunning` ends both, the abort's and the timeout's):
 *
 * 1. a signal that has already aborted ends the call before anything starts;
 * 2. the timeout and the caller's signal each abort the one signal `work` is given — the request in flight
 *    carries it, so its connection is closed rather than left to the runtime's own limits;
 * 3. the call rejects at once with `BackupTimeoutError` or `BackupAbortError`, even if `work` is slow to notice;
 * 4. whatever happened, the timer is cleared and the caller's signal is let go.
 */
export async function withDeadline<T>(
  apiMethod: string,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
  stillRunning = "",
): Promise<T> {
  const aborted = () =>
    new BackupAbortError(`${apiMethod} was aborted${stillRunning}`, { cause: callerSignal?.reason });
  if (callerSignal?.aborted) throw aborted();

  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(aborted());
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timedOut = () =>
    new BackupTimeoutError(`${apiMethod} timed out after ${timeoutMs} ms${stillRunning}`, { timeoutMs });
  const timer = hasDeadline(timeoutMs) ? setTimeout(() => controller.abort(timedOut()), timeoutMs) : undefined;

  try {
    return await Promise.race([work(controller.signal), rejectsOnAbort(controller.signal)]);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

/** A promise that rejects with the signal's reason once it aborts, and never settles otherwise. */
function rejectsOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
  );
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, LONGEST_TIMER_MS),
    );
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
