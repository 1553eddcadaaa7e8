/** Retry policy of a client; every field has a default (`CLIENT_DEFAULTS.retry`). */
export interface RetryOptions {
  /** First backoff delay in ms, doubled on each retry. */
  baseDelayMs?: number;
  /** Longest backoff delay in ms. */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured, in ms; a server asking for more gets the normal backoff. */
  maxRetryAfterMs?: number;
}

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
