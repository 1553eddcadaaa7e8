/** Every default of the client, in one place (the README's table of defaults is generated from it). */
export const CLIENT_DEFAULTS = {
  /** Deadline of each call, from its start, across its retries (ms). The best SDKs cancel the request too. */
  timeoutMs: 60_000,
  /** Retries after the first attempt. */
  maxRetries: 2,
  retry: {
    /** First backoff delay, doubled on each retry (ms). */
    baseDelayMs: 500,
    /** Longest backoff delay (ms). */
    maxDelayMs: 8_000,
    /** Longest `Retry-After` honoured (ms); a server asking for more gets the normal backoff. */
    maxRetryAfterMs: 60_000,
  },
  wait: {
    /**
     * How long `operations.wait` waits in all (ms): 6 hours. The official SDK gives up after 10 minutes, but a
     * recovery copies whole disks — 2 TB at 100 MB/s is about 5.6 hours — so a default that gives up sooner
     * would report a failure while the work goes on. 6 hours still ends a forgotten wait on a stuck operation
     * within a working day. Timing out stops the waiting, not the operation.
     */
    timeoutMs: 6 * 60 * 60_000,
    /** First delay between polls (ms); it grows ×1.5 after each poll. */
    pollIntervalMs: 1_000,
    /** Longest delay between polls (ms). */
    maxPollIntervalMs: 10_000,
  },
} as const;
