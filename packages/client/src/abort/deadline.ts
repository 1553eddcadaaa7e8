import { BackupAbortError, BackupTimeoutError } from "../errors/errors.js";

/** What a call's work gets from its deadline. */
export interface Deadline {
  /** Aborts at the deadline or with the caller's signal: hand it to fetch so the request in flight is cancelled. */
  signal?: AbortSignal;
  /** Waits `ms`; once the call is over (timed out, aborted) it never resolves, so the work goes no further. */
  sleep(ms: number): Promise<void>;
  /** Set when the call is over, for work that finishes late (a poll answered after the deadline). */
  over?: boolean;
}

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days) and fires at once for more: treat longer as "none".
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Runs one logical call (all its attempts and sleeps) against its timeout, counted from now, and the caller's
 * signal. Either one ends the call at once and aborts `d.signal`, which the request in flight carries, so its
 * connection is closed rather than left to the runtime's own limits. With neither (no timeout, no signal) no
 * controller is made: following a signal costs Node's fetch about 12 µs a request.
 */
export function withDeadline<T>(
  name: string,
  ms: number | undefined,
  signal: AbortSignal | undefined,
  work: (d: Deadline) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timed = ms! > 0 && ms! <= MAX_TIMER;
    const controller = timed || signal ? new AbortController() : undefined;
    let nap: ReturnType<typeof setTimeout> | undefined;
    const d: Deadline = {
      signal: controller?.signal,
      sleep: (wait) => new Promise((r) => d.over || (nap = setTimeout(r, Math.min(wait, MAX_TIMER)))),
    };
    const end = (e?: unknown) => {
      d.over = true;
      clearTimeout(timer);
      clearTimeout(nap);
      signal?.removeEventListener("abort", abort);
      return e;
    };
    const stop = (e: Error) => {
      reject(end(e));
      controller!.abort(e);
    };
    const abort = () => stop(new BackupAbortError(`${name} was aborted`, undefined, { cause: signal!.reason }));
    const timer = timed ? setTimeout(() => stop(new BackupTimeoutError(`${name} timed out after ${ms} ms`)), ms) : undefined;
    if (signal?.aborted) return abort();
    signal?.addEventListener("abort", abort);
    work(d).then(
      (v) => resolve(end(v) as T),
      (e) => reject(end(e)),
    );
  });
}
