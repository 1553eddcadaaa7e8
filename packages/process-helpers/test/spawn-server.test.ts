import { once } from "node:events";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { freePort, spawnServer, stopProcessGroup, waitUntilPortRefuses, type SpawnedServer } from "../src/index.js";
import { fixture } from "./support.js";

const node = (script: string, options: Partial<Parameters<typeof spawnServer>[0]> = {}) =>
  spawnServer({ command: process.execPath, args: [fixture(script)], ...options });

/** Stops the server when the test ends, whatever its outcome. */
function stoppedAtEnd(server: SpawnedServer): SpawnedServer {
  onTestFinished(() => stopProcessGroup(server.child, "SIGKILL"));
  return server;
}

/** Resolves once something accepts a connection on the loopback port, trying again on each refusal. */
function accepting(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () =>
      connect(port, "127.0.0.1")
        .once("connect", function (this: import("node:net").Socket) {
          this.destroy();
          resolve();
        })
        .once("error", (error: NodeJS.ErrnoException) =>
          error.code === "ECONNREFUSED" ? setTimeout(attempt, 10) : reject(error),
        );
    attempt();
  });
}

describe("spawnServer", () => {
  it("resolves with the URL a real server prints, and that server answers on it", async () => {
    const server = stoppedAtEnd(await node("http-server.mjs"));
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(server.url);
    expect(await response.text()).toBe("ok");
    expect(server.output()).toBe(`listening on ${server.url}\n`);
  });

  it("reads a URL cut across chunks whole", async () => {
    const server = await node("split-url.mjs", { urlPattern: /listening on (http:\/\/\S+)/ });
    expect(server.url).toBe("http://127.0.0.1:45678/");
  });

  it("never takes half a URL: one that no whitespace ends is not a URL yet", async () => {
    const error = await node("half-url.mjs").catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /half-url\.mjs` exited \(0\) before printing its URL:\nlistening on http:\/\/127\.0\.0\.1:12$/,
    );
  });

  it("rejects with everything printed, stdout and stderr, when the process exits first", async () => {
    const error = (await node("exit-early.mjs").catch((e: Error) => e)) as Error;
    expect(error.message).toContain("exit-early.mjs` exited (3) before printing its URL");
    expect(error.message).toContain("starting\n");
    expect(error.message).toContain("boom: the port is taken\n");
  });

  it("rejects when the command cannot be spawned", async () => {
    const error = (await spawnServer({ command: "/nonexistent/server" }).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/`\/nonexistent\/server` could not start: spawn \/nonexistent\/server ENOENT/);
  });

  it("passes args, env and cwd, and takes the URL from the pattern's first group", async () => {
    const cwd = realpathSync(mkdtempSync(join(tmpdir(), "process-helpers-")));
    try {
      const server = await node("env-cwd.mjs", {
        cwd,
        env: { ...process.env, FIXTURE_PORT: "4321" },
        urlPattern: /api on (\S+)/,
      });
      expect(server.url).toBe("http://127.0.0.1:4321/api");
      expect(server.output()).toContain(`cwd ${cwd}\n`);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("keeps collecting the output after the URL", async () => {
    const server = stoppedAtEnd(await node("http-server.mjs"));
    const closed = once(server.child, "close");
    await stopProcessGroup(server.child);
    await closed;
    expect(server.output()).toBe(`listening on ${server.url}\nstopping\n`);
  });

  it("when its signal aborts, kills the process and rejects with the reason", async () => {
    const port = await freePort();
    const abort = new AbortController();
    const starting = node("listens-silently.mjs", {
      env: { ...process.env, FIXTURE_PORT: String(port) },
      signal: abort.signal,
    });
    const rejected = starting.catch((e: Error) => e);
    await accepting(port);
    abort.abort(new Error("the test timed out"));
    const error = (await rejected) as Error;
    expect(error.message).toMatch(
      /listens-silently\.mjs` had not printed its URL when the wait was aborted \(Error: the test timed out\)/,
    );
    // Killed: nothing listens on its port any more.
    await waitUntilPortRefuses(port);
  });

  it("spawns nothing when its signal has already aborted", async () => {
    const port = await freePort();
    const error = (await node("listens-silently.mjs", {
      env: { ...process.env, FIXTURE_PORT: String(port) },
      signal: AbortSignal.abort(),
    }).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/had not printed its URL when the wait was aborted \(AbortError/);
  });

  it("spawns a group leader when asked", async () => {
    const server = stoppedAtEnd(await node("http-server.mjs", { detached: true }));
    // A group leader's process group id is its own pid: signal 0 to the group reaches it.
    expect(() => process.kill(-(server.child.pid as number), 0)).not.toThrow();
  });
});
