import { BackupAbortError, BackupTimeoutError } from "../errors/errors.js";

/** What a call's work gets from its deadline. */
export interface Deadline {
  /** Waits `ms`; once the call is over (timed out, aborted) it never resolves, so the work goes no further. */
  sleep(ms: number): Promise<void>;
  /** Set when the call is over, for work that finishes late (a poll answered after the deadline). */
  over?: boolean;
}

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days) and fires at once for more: treat longer as "none".
const MAX_TIMER = 2 ** 31 - 1;

/**
 * Runs one logical call (all its attempts and sleeps) against its timeout, counted from now, and the caller's
 * signal. The timeout races the work instead of aborting the request: an AbortSignal on every request costs
 * Node's fetch about 12 µs a call, a timer about half a microsecond. A request still in flight at the deadline
 * is left to finish in the background (openapi-fetch reads its body to the end, which frees the connection);
 * one that never answers is closed by the runtime's own header and body timeouts. The caller's signal, by
 * contrast, goes to fetch itself (see `call`), so an abort really cancels the request.
 */
export function withDeadline<T>(
  name: string,
  ms: number | undefined,
  signal: AbortSignal | undefined,
  work: (d: Deadline) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let nap: ReturnType<typeof setTimeout> | undefined;
    const d: Deadline = {
      sleep: (wait) => new Promise((r) => d.over || (nap = setTimeout(r, Math.min(wait, MAX_TIMER)))),
    };
    const end = (e?: unknown) => {
      d.over = true;
      clearTimeout(timer);
      clearTimeout(nap);
      signal?.removeEventListener("abort", abort);
      return e;
    };
    const abort = () => reject(end(new BackupAbortError(`${name} was aborted`, undefined, { cause: signal!.reason })));
    const timer =
      ms! > 0 && ms! <= MAX_TIMER
        ? setTimeout(() => reject(end(new BackupTimeoutError(`${name} timed out after ${ms} ms`))), ms)
        : undefined;
    if (signal?.aborted) return abort();
    signal?.addEventListener("abort", abort);
    work(d).then(
      (v) => resolve(end(v) as T),
      (e) => reject(end(e)),
    );
  });
}
