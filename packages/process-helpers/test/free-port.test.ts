import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../src/index.js";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve())));

/** Binds the port on 127.0.0.1: resolves once listening, rejects with the bind's error (EADDRINUSE…). */
function bind(port: number): Promise<void> {
  server = createServer();
  const bound = server;
  return new Promise((resolve, reject) => bound.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
}

describe("freePort", () => {
  it("gives a port on 127.0.0.1 that nobody listens on: it can be bound right away", async () => {
    const port = await freePort();
    expect(Number.isInteger(port) && port > 0 && port < 65536, String(port)).toBe(true);
    await expect(bind(port)).resolves.toBeUndefined();
  });

  it("gives another port while the first one is taken", async () => {
    const taken = await freePort();
    await bind(taken);
    expect(await freePort()).not.toBe(taken);
  });

  it("binds the host it is given", async () => {
    await expect(freePort("127.0.0.1")).resolves.toBeGreaterThan(0);
    await expect(freePort("192.0.2.1"), "an address of no interface of this machine").rejects.toThrow(/EADDRNOTAVAIL/);
  });
});
