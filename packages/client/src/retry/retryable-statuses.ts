/**
 * HTTP statuses worth another try: 429 (rate limited: RESOURCE_EXHAUSTED), 500 (INTERNAL), 503 (UNAVAILABLE) and
 * 504 (a gateway timed out). Nothing else: a 4xx will not change by asking again, a 501 is UNIMPLEMENTED, and a
 * 409 ABORTED of a call that starts work is the server saying another one is running. Network failures (no
 * answer at all) are retried too.
 */
export const RETRYABLE_STATUSES: readonly number[] = [429, 500, 503, 504];

export const isRetryableStatus = (status: number): boolean => RETRYABLE_STATUSES.includes(status);
