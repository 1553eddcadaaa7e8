import { BackupAbortError, BackupTimeoutError } from "../errors/errors.js";

/**
 * One logical call's cancellation: the caller's signal and the call's own timeout (started now, at the call,
 * not at client creation) merged into one signal that covers every attempt, every backoff sleep and body reads.
 */
export interface Deadline {
  readonly signal: AbortSignal | undefined;
  /** The error the caller should see once the signal fired (timeout or abort); `undefined` before. */
  reason(): Error | undefined;
  /** Stops the timer and unhooks from the caller's signal. */
  done(): void;
}

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days) and fires at once for more: treat longer as "none".
const MAX_TIMER = 2 ** 31 - 1;

export function deadline(user: AbortSignal | undefined, timeoutMs: number | undefined, what: string): Deadline {
  let timedOut = false;
  if (timeoutMs! > MAX_TIMER) timeoutMs = 0;
  if (!user && !timeoutMs) return { signal: undefined, reason: () => undefined, done() {} };
  const ac = new AbortController();
  const signal = ac.signal;
  const onAbort = () => ac.abort();
  user?.addEventListener("abort", onAbort);
  if (user?.aborted) onAbort();
  const timer =
    timeoutMs &&
    setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, timeoutMs);
  return {
    signal,
    reason: () =>
      timedOut
        ? new BackupTimeoutError(`${what} timed out after ${timeoutMs} ms`)
        : signal.aborted
          ? new BackupAbortError(`${what} was aborted`, undefined, { cause: user?.reason })
          : undefined,
    done() {
      clearTimeout(timer);
      user?.removeEventListener("abort", onAbort);
    },
  };
}

/** Waits `ms`, or rejects as soon as `signal` aborts (the caller turns that into `Deadline.reason()`). */
export const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    const t = setTimeout(
      () => {
        signal?.removeEventListener("abort", stop);
        resolve();
      },
      Math.min(ms, MAX_TIMER),
    );
    signal?.addEventListener("abort", stop, { once: true });
    if (signal?.aborted) stop();
  });
