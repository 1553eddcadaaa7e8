// The few behaviours that are about real sockets, against a real local server: resets, refusals, a body cut off,
// a connection closed when the deadline or the caller's signal ends the call. They assert what happens, never
// how long it took, so a busy machine only makes them slower.
import { afterEach, describe, expect, it } from "vitest";
import {
  BackupAbortError,
  BackupNetworkError,
  BackupTimeoutError,
  createBackupClient,
  type BackupClientOptions,
} from "../../src/index.js";
import { BACKUP, json, reset, scriptedServer } from "../support/sockets.js";

const params = { backupId: "b1", folderId: "f1" };
let close: () => Promise<void> = async () => {};
afterEach(() => close());

const clientOn = (url: string, options: Partial<BackupClientOptions> = {}) =>
  createBackupClient({ iamToken: "t", baseUrl: url, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });

/** Resolves once the server has seen the request's connection close. */
const closedConnection = () => {
  let resolve!: () => void;
  const closed = new Promise<void>((done) => (resolve = done));
  return { closed, handler: (req: import("node:http").IncomingMessage) => req.socket.on("close", resolve) };
};

describe("over real sockets", () => {
  it("a reset connection is retried, then the call succeeds", async () => {
    const server = await scriptedServer([reset, reset, json(200, BACKUP)]);
    close = server.close;
    expect(await clientOn(server.url).backups.get(params)).toMatchObject(BACKUP);
    expect(server.seen).toHaveLength(3);
  });

  it("a refused connection is a BackupNetworkError naming ECONNREFUSED", async () => {
    const server = await scriptedServer([json(200, {})]);
    await server.close();
    const error = await clientOn(server.url, { maxRetries: 1 })
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupNetworkError);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.attempts).toBe(2);
  });

  it("a body cut off by the connection (shorter than its Content-Length) is a network failure, retried", async () => {
    const server = await scriptedServer([
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id":"a3b9');
        res.socket?.destroy();
      },
      json(200, BACKUP),
    ]);
    close = server.close;
    expect(await clientOn(server.url).backups.get(params)).toMatchObject(BACKUP);
    expect(server.seen).toHaveLength(2);
  });

  it("at the deadline the request in flight is cancelled: the server sees its connection close", async () => {
    const { closed, handler } = closedConnection();
    const server = await scriptedServer([handler]);
    close = server.close;
    const error = await clientOn(server.url, { timeoutMs: 200 })
      .backups.get(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupTimeoutError);
    await closed; // long before undici's own 300 s limits
  });

  it("a body that stalls halfway times out (the deadline covers reading the body)", async () => {
    const server = await scriptedServer([
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id":');
      },
    ]);
    close = server.close;
    expect(
      await clientOn(server.url, { timeoutMs: 200 })
        .backups.get(params)
        .catch((e) => e),
    ).toBeInstanceOf(BackupTimeoutError);
  });

  it("the caller's abort closes the connection, for a call and for the poll of a wait", async () => {
    for (const run of [
      (client: ReturnType<typeof clientOn>, signal: AbortSignal) => client.backups.get(params, { signal }),
      (client: ReturnType<typeof clientOn>, signal: AbortSignal) => client.operations.wait("op1", { signal }),
    ]) {
      const { closed, handler } = closedConnection();
      const server = await scriptedServer([handler]);
      close = server.close;
      const controller = new AbortController();
      const call = run(clientOn(server.url), controller.signal).catch((e) => e);
      await server.firstRequest;
      controller.abort();
      expect(await call).toBeInstanceOf(BackupAbortError);
      await closed;
      await server.close();
    }
  });
});
