import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BackupAbortError, BackupTimeoutError, createBackupClient } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { BACKUP, hang, json, scriptedServer, status, type Handler } from "../support/server.js";

const params = { backupId: "b1", folderId: "f1" };
let close: () => Promise<void> = async () => {};
afterEach(() => close());

/** Answers after `ms`. */
const slow =
  (ms: number, h: Handler): Handler =>
  (req, res, n, body) =>
    setTimeout(() => h(req, res, n, body), ms);

describe("timeouts", () => {
  it("a hang past timeoutMs rejects with BackupTimeoutError at the deadline", async () => {
    const s = await scriptedServer([hang]);
    close = s.close;
    const t0 = Date.now();
    const err = await testClient(s.url, { timeoutMs: 150 }).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupTimeoutError);
    expect(err.message).toBe("backups.get timed out after 150 ms");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(s.seen).toHaveLength(1);
  });

  it("cancels the request in flight at the deadline: the server sees its connection close", async () => {
    let closed = false;
    const s = await scriptedServer([(req) => req.socket.on("close", () => (closed = true))]);
    close = s.close;
    const err = await testClient(s.url, { timeoutMs: 300 }).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupTimeoutError);
    expect(s.seen).toHaveLength(1);
    // nothing is left running: the aborted request's socket closes (well before undici's own 300 s limits)
    for (const t0 = Date.now(); !closed && Date.now() - t0 < 2000; ) await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(true);
  });

  it("counts from the start of each call, not from client creation", async () => {
    const s = await scriptedServer([slow(50, json(200, BACKUP)), slow(50, json(200, BACKUP)), hang]);
    close = s.close;
    const client = testClient(s.url, { timeoutMs: 300 });
    await new Promise((r) => setTimeout(r, 400));
    // past the client's age: neither expired at once nor switched off
    expect(await client.backups.get(params)).toEqual(BACKUP);
    expect(await client.backups.get(params)).toEqual(BACKUP);
    const t0 = Date.now();
    await expect(client.backups.get(params)).rejects.toBeInstanceOf(BackupTimeoutError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });

  it("covers retries and their backoff: a per-call timeout stops the retry loop", async () => {
    const s = await scriptedServer([json(503, status(14, "down"), { "retry-after": "0.1" })]);
    close = s.close;
    const err = await testClient(s.url, { maxRetries: 10 })
      .backups.get(params, { timeoutMs: 400 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BackupTimeoutError);
    // attempts at about 0, 100, 200, 300 ms: more than one, and the timeout ended the loop long before ten
    expect(s.seen.length).toBeGreaterThanOrEqual(2);
    expect(s.seen.length).toBeLessThanOrEqual(5);
  });

  it("covers reading the body: a body that stalls times out", async () => {
    const s = await scriptedServer([
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id":');
      },
    ]);
    close = s.close;
    const err = await testClient(s.url, { timeoutMs: 150 }).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupTimeoutError);
  });

  it("timeoutMs 0 (or Infinity) turns the timeout off", async () => {
    const s = await scriptedServer([slow(50, json(200, BACKUP))]);
    close = s.close;
    expect(await testClient(s.url, { timeoutMs: 0 }).backups.get(params)).toEqual(BACKUP);
    expect(await testClient(s.url, { timeoutMs: Infinity }).backups.get(params)).toEqual(BACKUP);
  });

  it("defaults to 60 s", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      // a fetch that never answers, and gives up only when its signal aborts
      const fetch = (_u: unknown, init?: RequestInit) =>
        new Promise<Response>((_r, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
      const client = createBackupClient({ iamToken: "t", fetch });
      let err: unknown;
      void client.backups.get(params).catch((e) => (err = e));
      await vi.advanceTimersByTimeAsync(59_999);
      expect(err).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      await new Promise((r) => setImmediate(r));
      expect(err).toBeInstanceOf(BackupTimeoutError);
      expect((err as Error).message).toBe("backups.get timed out after 60000 ms");
    } finally {
      vi.useRealTimers();
    }
  });

  it("a timeout past setTimeout's range (about 24.8 days) is treated as none, not as 1 ms", async () => {
    const s = await scriptedServer([slow(50, json(200, BACKUP))]);
    close = s.close;
    expect(await testClient(s.url, { timeoutMs: 2 ** 31 }).backups.get(params)).toEqual(BACKUP);
  });
});

describe("abort", () => {
  it("an already-aborted signal sends nothing", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    const err = await testClient(s.url)
      .backups.get(params, { signal: AbortSignal.abort("user left") })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
    expect(err.cause).toBe("user left");
    expect(s.seen).toHaveLength(0);
  });

  it("aborting a hanging request rejects at once with BackupAbortError", async () => {
    const s = await scriptedServer([hang]);
    close = s.close;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = Date.now();
    const err = await testClient(s.url).backups.get(params, { signal: ac.signal }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
    expect(err.message).toBe("backups.get was aborted");
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("aborting mid-retry (during the backoff sleep) stops the retries", async () => {
    const s = await scriptedServer([json(503, status(14, "down"), { "retry-after": "5" })]);
    close = s.close;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const t0 = Date.now();
    const err = await testClient(s.url, { retry: { baseDelayMs: 1, maxDelayMs: 5 } })
      .backups.get(params, { signal: ac.signal })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
    expect(Date.now() - t0).toBeLessThan(4000); // not the 5 s Retry-After
    expect(s.seen).toHaveLength(1);
  });

  it("passes the caller's signal to fetch, so an abort closes the connection", async () => {
    let closed = false;
    const s = await scriptedServer([(req) => req.socket.on("close", () => (closed = true))]);
    close = s.close;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    expect(await testClient(s.url).backups.get(params, { signal: ac.signal }).catch((e) => e)).toBeInstanceOf(BackupAbortError);
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
  });

  it("unhooks from the caller's signal after the call", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    const ac = new AbortController();
    const client = testClient(s.url);
    for (let i = 0; i < 5; i++) await client.backups.get(params, { signal: ac.signal });
    ac.abort(); // must not throw or reach finished calls
    expect(s.seen).toHaveLength(5);
  });

  it("goes no further once aborted during a backoff sleep: no token refresh, no request", async () => {
    const s = await scriptedServer([json(503, status(14, "down"), { "retry-after": "0.2" })]);
    close = s.close;
    let tokens = 0;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const err = await testClient(s.url, { iamToken: undefined, getIamToken: () => (tokens++, "t") })
      .backups.get(params, { signal: ac.signal })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
    await new Promise((r) => setTimeout(r, 400)); // past the 200 ms Retry-After
    expect(tokens).toBe(1);
    expect(s.seen).toHaveLength(1);
  });

  it("leaves no listener on the caller's signal after the call", async () => {
    const s = await scriptedServer([json(200, BACKUP), json(404, status(5, "gone"))]);
    close = s.close;
    const ac = new AbortController();
    const client = testClient(s.url);
    await client.backups.get(params, { signal: ac.signal });
    await client.backups.get(params, { signal: ac.signal }).catch(() => {});
    expect(getEventListeners(ac.signal, "abort")).toHaveLength(0);
  });
});
