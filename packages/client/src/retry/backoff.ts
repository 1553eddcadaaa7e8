/** Retry policy of a client; every field has a default. */
export interface RetryOptions {
  /** First backoff delay, doubled on each retry (default 500 ms). */
  baseDelayMs?: number;
  /** Longest backoff delay (default 8000 ms). */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a server asking for more gets the normal backoff (default 60000 ms). */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

/** HTTP statuses worth another try: rate limited, internal error, unavailable, gateway timeout. */
export const isRetryableStatus = (status: number): boolean =>
  status === 429 || status === 500 || status === 503 || status === 504;

/**
 * Delay before retry number `retry` (0-based): exponential backoff with "equal jitter" (half fixed, half random,
 * so clients that failed together spread out), unless the server said when to come back.
 */
export function retryDelay(p: RetryPolicy, retry: number, retryAfter: string | null | undefined): number {
  const asked = parseRetryAfter(retryAfter);
  if (asked! <= p.maxRetryAfterMs) return asked!;
  const cap = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** retry);
  return ((1 + Math.random()) * cap) / 2;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(v: string | null | undefined): number | undefined {
  if (!v) return undefined;
  // Number() reads " 2 " and "1.5"; anything else (a date, garbage) is NaN and fails the test
  const seconds = Number(v);
  if (seconds >= 0) return seconds * 1000;
  const at = Date.parse(v);
  return at > 0 ? Math.max(0, at - Date.now()) : undefined;
}
