// A real local HTTP server, for the few tests that are about sockets: a connection that is reset or closed,
// a body cut off, a request cancelled in flight. Everything else runs on an injected fetch (fake-api.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the test server saw of one request. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, n: number, body: string) => void;

/**
 * A real local HTTP server on a free port whose answers are scripted per request: the n-th request (0-based)
 * gets `script[n]` (the last entry repeats). It records every request it sees.
 */
export async function scriptedServer(script: Handler[]) {
  const seen: Seen[] = [];
  let firstRequestSeen!: () => void;
  const firstRequest = new Promise<void>((resolve) => (firstRequestSeen = resolve));
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const n = seen.length;
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      firstRequestSeen();
      (script[Math.min(n, script.length - 1)] as Handler)(req, res, n, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    /** Resolves once the first request has fully arrived (an event, not a polling loop). */
    firstRequest,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };

export const raw =
  (status: number, text: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(text);
  };

/** Destroys the socket without answering: the client sees a connection reset. */
export const reset: Handler = (req) => req.socket.destroy();

/** Never answers (until the server closes). */
export const hang: Handler = () => {};

// The same fixtures as the injected-fetch tests, so both kinds of test speak of one backup.
export { BACKUP, status } from "./fake-api.js";
