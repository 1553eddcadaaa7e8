// When a call is tried again, and how long it waits first.
import type { RetryOptions } from "../core/options.js";

/**
 * HTTP statuses worth another try: 429 (rate limited: RESOURCE_EXHAUSTED), 500 (INTERNAL), 503 (UNAVAILABLE) and
 * 504 (a gateway timed out). Nothing else: a 4xx will not change by asking again, a 501 is UNIMPLEMENTED, and a
 * 409 ABORTED of a call that starts work is the server saying another one is running. Network failures (no
 * answer at all) are retried too.
 */
export const RETRYABLE_STATUSES: readonly number[] = [429, 500, 503, 504];

export const isRetryableStatus = (status: number): boolean => RETRYABLE_STATUSES.includes(status);

/** A client's retry options, each filled in from `CLIENT_DEFAULTS.retry` when not given. */
export type RetryPolicy = Required<RetryOptions>;

/**
 * Delay before retry number `retry` (0-based): exponential backoff with "equal jitter" (half fixed, half random,
 * so clients that failed together spread out), unless the server said when to come back.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfter: string | null | undefined): number {
  const asked = parseRetryAfter(retryAfter);
  if (asked !== undefined && asked <= policy.maxRetryAfterMs) return asked;
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return ((1 + Math.random()) * step) / 2;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  // Number() reads " 2 " and "1.5"; anything else (a date, garbage) is NaN and fails the test
  const seconds = Number(value);
  if (seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return at > 0 ? Math.max(0, at - Date.now()) : undefined;
}
