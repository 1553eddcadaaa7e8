import { once } from "node:events";
import { createServer, type Server, type Socket } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { freePort, spawnServer, stopProcessGroup, waitUntilPortRefuses } from "../src/index.js";
import { fixture } from "./support.js";

/** A server on a free loopback port that accepts connections, closed when the test ends. */
async function listening(): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket.on("close", () => sockets.delete(socket))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) server.close(() => resolve());
      else resolve();
    });
  onTestFinished(close);
  return { server, port: (server.address() as { port: number }).port, close };
}

describe("waitUntilPortRefuses", () => {
  it("resolves for a port nobody listens on", async () => {
    await expect(waitUntilPortRefuses(await freePort())).resolves.toBeUndefined();
  });

  it("waits while something accepts connections there, and resolves once it stops listening", async () => {
    const { server, port, close } = await listening();
    let resolved = false;
    const waiting = waitUntilPortRefuses(port).then(() => (resolved = true));
    // It connected, and then again: still waiting, since the server still accepts.
    await once(server, "connection");
    await once(server, "connection");
    expect(resolved).toBe(false);
    await close();
    await waiting;
    expect(resolved).toBe(true);
  });

  it("resolves once a server process is stopped", async () => {
    const started = await spawnServer({ command: process.execPath, args: [fixture("http-server.mjs")] });
    onTestFinished(() => stopProcessGroup(started.child, "SIGKILL"));
    const port = Number(new URL(started.url).port);
    await stopProcessGroup(started.child);
    await expect(waitUntilPortRefuses(port)).resolves.toBeUndefined();
  });

  it("stops waiting when its signal aborts, with the signal's reason", async () => {
    const { server, port } = await listening();
    const abort = new AbortController();
    const waiting = waitUntilPortRefuses(port, { signal: abort.signal });
    await once(server, "connection");
    abort.abort(new Error("gave up"));
    await expect(waiting).rejects.toThrow("gave up");
    await expect(waitUntilPortRefuses(port, { signal: AbortSignal.abort() })).rejects.toThrow(/aborted/);
  });
});
