// The emulator over HTTP with node:http: both hosts' routes and the control API on one port. Connection faults
// happen for real here: a reset destroys the socket, a truncated body stops mid-way.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { Socket } from "node:net";
import { createEmulator, type Emulator } from "../core/create-emulator.js";
import type { EmulatorOptions } from "../core/options.js";
import { LIMITS } from "../http/limits.js";
import type { Outcome } from "../http/outcome.js";
import { newRequestId } from "../http/status-response.js";
import { statusCode } from "../spec/status-codes.js";

export const DEFAULT_PORT = 4020;

export interface ServeEmulatorOptions extends EmulatorOptions {
  /** Default `PORT` from the environment, else 4020; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the emulator is for this machine only. */
  host?: string;
  /** Serve an emulator you created (its options then come from there). */
  emulator?: Emulator;
}

export interface RunningEmulatorServer {
  /** e.g. `http://127.0.0.1:4020`: use it as both `baseUrl` and `operationsBaseUrl`. */
  url: string;
  port: number;
  emulator: Emulator;
  server: Server;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
    headers.append(incoming.rawHeaders[index]!, incoming.rawHeaders[index + 1]!);
  }
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(incoming.url ?? "/", origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    // @ts-expect-error: `duplex` is required by Node's fetch for a streamed body and missing from the DOM types
    duplex: "half",
  });
}

async function send(outcome: Outcome, outgoing: ServerResponse): Promise<void> {
  switch (outcome.kind) {
    case "reset":
      outgoing.socket?.destroy();
      return;
    case "truncated": {
      const headers = Object.fromEntries(outcome.headers);
      outgoing.writeHead(outcome.status, { ...headers, "content-length": String(outcome.body.length) });
      outgoing.write(outcome.body.subarray(0, outcome.sendBytes), () => outgoing.socket?.destroy());
      return;
    }
    case "response": {
      const { response } = outcome;
      const body = Buffer.from(await response.arrayBuffer());
      outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), "content-length": String(body.length) });
      outgoing.end(body);
    }
  }
}

/** Node refused the request before it reached us (headers too large, garbage): still a Status body. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const httpStatus = tooLarge ? 431 : 400;
  const requestId = newRequestId();
  const body = JSON.stringify({
    code: statusCode("INVALID_ARGUMENT").code,
    message: tooLarge ? `The request headers are larger than the limit of ${LIMITS.maxHeaderBytes} bytes` : `The request is not valid HTTP: ${error.message}`,
    details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", requestId }],
  });
  socket.end(
    `HTTP/1.1 ${httpStatus} ${tooLarge ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
      `content-type: application/json\r\nx-request-id: ${requestId}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export async function serveEmulator(options: ServeEmulatorOptions = {}): Promise<RunningEmulatorServer> {
  const { port: wantedPort, host = "127.0.0.1", emulator: given, ...emulatorOptions } = options;
  const port = wantedPort ?? (process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`serveEmulator: port must be an integer from 0 to 65535, got ${String(port)}`);
  const emulator = given ?? createEmulator(emulatorOptions);
  // An emulator made here is closed here (its storage file with it); one passed in belongs to the caller.
  const closeEmulator = given ? () => {} : () => emulator.close();
  const hostInUrl = host.includes(":") ? `[${host}]` : host;

  // Node's own header limit sits above ours, so that the emulator answers an oversized header itself.
  const server = createServer({ maxHeaderSize: LIMITS.maxHeaderBytes * 4 }, (incoming, outgoing) => {
    const origin = `http://${incoming.headers.host ?? `${hostInUrl}:${port}`}`;
    emulator
      .handle(toRequest(incoming, origin))
      .then((outcome) => send(outcome, outgoing))
      .catch(() => outgoing.socket?.destroy());
  });
  server.on("clientError", answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((error: unknown) => {
    closeEmulator();
    throw error;
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${hostInUrl}:${actualPort}`,
    port: actualPort,
    emulator,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          closeEmulator();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
