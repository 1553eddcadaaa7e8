import type { Readable } from "node:stream";

/** What the Prism child writes on its announcement pipe when one of its servers is listening. */
export interface Announcement {
  pid: number;
  address: string;
  port: number;
}

function parseAnnouncement(line: string): Announcement | undefined {
  try {
    const value = JSON.parse(line) as Partial<Announcement>;
    if (typeof value.pid === "number" && typeof value.port === "number" && typeof value.address === "string") {
      return { pid: value.pid, address: value.address, port: value.port };
    }
  } catch {
    // Not one of our lines: the pipe is ours alone, so this does not happen; ignore rather than crash.
  }
  return undefined;
}

/**
 * Resolves once the child with `pid` announces (on its own pipe, see prism-process.ts) that it listens on
 * `port`. Another process already listening on that port cannot make this resolve: only the child writes to
 * the pipe, and only after its own bind succeeded. Rejects when `timeoutMs` passes or `signal` aborts; the
 * caller watches the child's exit itself (a child that dies, e.g. on EADDRINUSE, never announces).
 */
export function waitUntilListening(
  pipe: Readable,
  expected: { pid: number; port: number },
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Announcement> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      pipe.off("data", onData);
      signal.removeEventListener("abort", onAbort);
      outcome();
    };
    function onData(chunk: Buffer | string) {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const announcement = parseAnnouncement(line);
        if (announcement?.pid === expected.pid && announcement.port === expected.port) {
          finish(() => resolve(announcement));
          return;
        }
      }
    }
    function onAbort() {
      finish(() => reject(new Error("stopped waiting: the start was abandoned")));
    }
    const timer = setTimeout(
      () => finish(() => reject(new Error(`Prism did not listen on port ${expected.port} within ${timeoutMs} ms`))),
      timeoutMs,
    );
    pipe.on("data", onData);
    signal.addEventListener("abort", onAbort);
    if (signal.aborted) onAbort();
  });
}
