// The emulator over HTTP with node:http: both hosts' routes and the control API on one port. Connection faults
// happen for real here: a reset destroys the socket, a truncated body stops mid-way.
// The declarations of this entry name no Node type, so a TypeScript user needs no @types/node for it.
import { createServer, type IncomingMessage, STATUS_CODES, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { createEmulator, type Emulator } from "../core/create-emulator.js";
import type { EmulatorOptions } from "../core/options.js";
import { LIMITS } from "../http/limits.js";
import { ApiError } from "../http/api-error.js";
import { bodyTooLarge, type EmulatorRequest, headersTooLarge, type Outcome, readLimited } from "../http/exchange.js";
import { errorReply, newRequestId } from "../http/status-response.js";

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
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * The URL of a request as it was sent, left for the pipeline to parse (once). A path is appended to the origin
 * rather than resolved against it: resolved, `//backup/v1/backups` (curl's path for `$API/backup/…` with a
 * trailing slash on `$API`) would read as a host.
 */
function requestUrl(target: string, origin: string): string {
  return target.startsWith("/") ? `${origin}${target}` : new URL(target, origin).href;
}

/** The port to listen on: the option, else `PORT` from the environment (named when it is wrong), else 4020. */
function portToListenOn(wanted: number | undefined): number {
  if (wanted !== undefined) {
    if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535)
      throw new RangeError(`serveEmulator: port must be an integer from 0 to 65535, got ${String(wanted)}`);
    return wanted;
  }
  const fromEnvironment = process.env.PORT;
  if (fromEnvironment === undefined || fromEnvironment === "") return DEFAULT_PORT;
  const port = /^\d+$/.test(fromEnvironment) ? Number(fromEnvironment) : Number.NaN;
  if (!(port <= 65535))
    throw new RangeError(`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(fromEnvironment)}`);
  return port;
}

/** The core's view of a node:http request, read straight from Node's objects: no Fetch Request in between. */
function toEmulatorRequest(incoming: IncomingMessage, origin: string): EmulatorRequest {
  const { headers } = incoming;
  return {
    method: incoming.method ?? "GET",
    url: requestUrl(incoming.url ?? "/", origin),
    headers: {
      get(name) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
      forEach(callback) {
        for (const [name, value] of Object.entries(headers)) {
          if (value !== undefined) callback(Array.isArray(value) ? value.join(", ") : value, name);
        }
      },
    },
    text(maxBytes) {
      if (Number(headers["content-length"] ?? "0") > maxBytes) return Promise.reject(bodyTooLarge());
      return readLimited(incoming, maxBytes);
    },
  };
}

function send(outcome: Outcome, outgoing: ServerResponse): void {
  if (outcome.kind === "reset") {
    outgoing.socket?.destroy();
    return;
  }
  const { reply } = outcome;
  if (outcome.kind === "truncated") {
    const body = Buffer.from(reply.body);
    outgoing.writeHead(reply.status, { ...reply.headers, "content-length": String(body.length) });
    outgoing.write(body.subarray(0, outcome.sendBytes), () => outgoing.socket?.destroy());
    return;
  }
  // The head and the body go out in one writev. Bytes (a kept record's) are written as they are; text is
  // encoded by node:http as it writes.
  const { body } = reply;
  outgoing.setHeader("content-length", typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
  outgoing.writeHead(reply.status, reply.headers);
  outgoing.end(body);
}

/**
 * Node refused the request before it reached us (headers too large, garbage): still a Status body, built as every
 * other error answer is, written on the socket by hand since there is no response object to write it with.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return;
  const apiError =
    error.code === "HPE_HEADER_OVERFLOW"
      ? headersTooLarge()
      : new ApiError("INVALID_ARGUMENT", `The request is not valid HTTP: ${error.message}`);
  const reply = errorReply(apiError, newRequestId());
  const headers = { ...reply.headers, "content-length": String(Buffer.byteLength(reply.body)), connection: "close" };
  const head = [
    `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status]}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${reply.body}`);
}

export async function serveEmulator(options: ServeEmulatorOptions = {}): Promise<RunningEmulatorServer> {
  const { port: wantedPort, host = "127.0.0.1", emulator: given, ...emulatorOptions } = options;
  const port = portToListenOn(wantedPort);
  const hostInUrl = host.includes(":") ? `[${host}]` : host;

  // Node's own header limit sits above ours, so that the emulator answers an oversized header itself.
  const server = createServer({ maxHeaderSize: LIMITS.maxHeaderBytes * 4 });
  server.on("clientError", answerClientError);
  // Listening comes first and the emulator (its seed, its storage file) is made next: a client that connects
  // meanwhile waits in the kernel's queue and is answered once it is made, instead of being refused.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((error: unknown) => {
    // The storage given for the emulator it would have made is closed, as that emulator would have closed it.
    if (!given) emulatorOptions.storage?.close();
    throw error;
  });
  let emulator: Emulator;
  try {
    emulator = given ?? createEmulator(emulatorOptions);
  } catch (error) {
    server.close();
    throw error;
  }
  // An emulator made here is closed here (its storage file with it); one passed in belongs to the caller.
  const closeEmulator = given ? () => {} : () => emulator.close();
  // Attached in the same step as the emulator was made: no connection has been read from before it.
  server.on("request", (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const origin = `http://${incoming.headers.host ?? `${hostInUrl}:${port}`}`;
    emulator
      .handle(toEmulatorRequest(incoming, origin))
      .then((outcome) => send(outcome, outgoing))
      .catch(() => outgoing.socket?.destroy());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${hostInUrl}:${actualPort}`,
    port: actualPort,
    emulator,
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
