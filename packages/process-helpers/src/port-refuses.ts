import { connect } from "node:net";

export interface WaitUntilPortRefusesOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** How long to wait before connecting again while something still accepts. Default 10 ms. */
  retryDelayMs?: number;
  /** Stops waiting: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Resolves once a connection to `host:port` is refused (ECONNREFUSED): nothing listens there any more. While
 * something still accepts, each accepted connection is closed and another tried after `retryDelayMs`; a reset
 * connection is tried again too; any other error rejects. No deadline of its own: a port that stays open waits
 * for the caller's (a test's timeout, `signal`).
 */
export function waitUntilPortRefuses(port: number, options: WaitUntilPortRefusesOptions = {}): Promise<void> {
  const { host = "127.0.0.1", retryDelayMs = 10, signal } = options;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const done = (outcome: () => void) => {
      signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const attempt = () => {
      if (signal?.aborted) return;
      const socket = connect({ port, host });
      socket.once("connect", () => {
        socket.destroy();
        if (!signal?.aborted) timer = setTimeout(attempt, retryDelayMs);
      });
      socket.once("error", (error: NodeJS.ErrnoException) => {
        socket.destroy();
        if (signal?.aborted) return;
        if (error.code === "ECONNREFUSED") done(resolve);
        else if (error.code === "ECONNRESET") timer = setTimeout(attempt, retryDelayMs);
        else done(() => reject(error));
      });
    };
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    attempt();
  });
}
