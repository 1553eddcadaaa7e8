import { getEventListeners } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { BackupAbortError, BackupTimeoutError, CLIENT_DEFAULTS, createBackupClient } from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { testClient } from "../support/client.js";
import { after, BACKUP, fakeApi, hang, json, status } from "../support/fake-api.js";

const params = { backupId: "b1", folderId: "f1" };

useFakeClock();

describe("timeouts", () => {
  it("a hang past timeoutMs rejects with BackupTimeoutError at the deadline, not a moment before", async () => {
    const api = fakeApi([hang]);
    const call = settle(testClient(api, { timeoutMs: 150 }).backups.get(params));
    await vi.advanceTimersByTimeAsync(149);
    expect(call.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(call.error).toBeInstanceOf(BackupTimeoutError);
    expect((call.error as BackupTimeoutError).message).toBe("backups.get timed out after 150 ms");
    expect((call.error as BackupTimeoutError).timeoutMs).toBe(150);
    expect(api.requests).toHaveLength(1);
  });

  it("aborts the request's signal at the deadline, so fetch cancels it in flight", async () => {
    const api = fakeApi([hang]);
    settle(testClient(api, { timeoutMs: 100 }).backups.get(params));
    await vi.advanceTimersByTimeAsync(100);
    const { signal } = api.requests[0]!.request;
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(BackupTimeoutError);
  });

  it("rejects at the deadline even when fetch ignores the signal", async () => {
    const deaf = () => new Promise<Response>(() => {});
    const call = settle(testClient({ fetch: deaf }, { timeoutMs: 100 }).backups.get(params));
    await vi.advanceTimersByTimeAsync(100);
    expect(call.error).toBeInstanceOf(BackupTimeoutError);
  });

  it("defaults to CLIENT_DEFAULTS.timeoutMs (60 s)", async () => {
    const api = fakeApi([hang]);
    const call = settle(createBackupClient({ iamToken: "t", fetch: api.fetch }).backups.get(params));
    await vi.advanceTimersByTimeAsync(CLIENT_DEFAULTS.timeoutMs - 1);
    expect(call.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((call.error as Error).message).toBe(`backups.get timed out after ${CLIENT_DEFAULTS.timeoutMs} ms`);
    expect(CLIENT_DEFAULTS.timeoutMs).toBe(60_000);
  });

  it("counts from the start of each call, not from client creation", async () => {
    const api = fakeApi([after(50, json(200, BACKUP)), hang]);
    const client = testClient(api, { timeoutMs: 300 });
    await vi.advanceTimersByTimeAsync(1_000);
    // past the client's age: neither expired at once nor switched off
    const first = settle(client.backups.get(params));
    await vi.advanceTimersByTimeAsync(50);
    expect(first.value).toMatchObject(BACKUP);
    const second = settle(client.backups.get(params));
    await vi.advanceTimersByTimeAsync(299);
    expect(second.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(second.error).toBeInstanceOf(BackupTimeoutError);
  });

  it("covers retries and their backoff: the per-call timeout ends the retry loop", async () => {
    const api = fakeApi([json(503, status(14, "down"), { "retry-after": "0.1" })]);
    const call = settle(testClient(api, { maxRetries: 10 }).backups.get(params, { timeoutMs: 350 }));
    await vi.advanceTimersByTimeAsync(350);
    expect(call.error).toBeInstanceOf(BackupTimeoutError);
    // attempts at 0, 100, 200 and 300 ms; the timeout ended the loop long before ten retries
    expect(api.requests).toHaveLength(4);
  });

  it("timeoutMs 0, Infinity or past setTimeout's range (about 24.8 days) turns the timeout off, never into 1 ms", async () => {
    for (const timeoutMs of [0, Infinity, 2 ** 31]) {
      const api = fakeApi([after(100_000, json(200, BACKUP))]);
      const call = settle(testClient(api, { timeoutMs }).backups.get(params));
      await vi.advanceTimersByTimeAsync(100_000);
      expect(call.value, String(timeoutMs)).toMatchObject(BACKUP);
    }
  });
});

describe("abort", () => {
  it("an already-aborted signal sends nothing", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    const error = await testClient(api)
      .backups.get(params, { signal: AbortSignal.abort("user left") })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupAbortError);
    expect(error.cause).toBe("user left");
    expect(api.requests).toHaveLength(0);
  });

  it("aborting a hanging request rejects at once with BackupAbortError and aborts the request", async () => {
    const api = fakeApi([hang]);
    const controller = new AbortController();
    const call = settle(testClient(api).backups.get(params, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort("enough");
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toBeInstanceOf(BackupAbortError);
    expect((call.error as Error).message).toBe("backups.get was aborted");
    expect((call.error as Error).cause).toBe("enough");
    expect(api.requests[0]!.request.signal.aborted).toBe(true);
  });

  it("aborting during a backoff sleep stops the retries: no token refresh, no request", async () => {
    const api = fakeApi([json(503, status(14, "down"), { "retry-after": "5" })]);
    let tokens = 0;
    const controller = new AbortController();
    const client = testClient(api, { iamToken: undefined, getIamToken: () => (tokens++, "t") });
    const call = settle(client.backups.get(params, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await vi.advanceTimersByTimeAsync(10_000); // past the 5 s Retry-After
    expect(call.error).toBeInstanceOf(BackupAbortError);
    expect(tokens).toBe(1);
    expect(api.requests).toHaveLength(1);
  });

  it("leaves no listener on the caller's signal after the call, whatever its outcome", async () => {
    const api = fakeApi([json(200, BACKUP), json(404, status(5, "gone"))]);
    const controller = new AbortController();
    const client = testClient(api);
    await client.backups.get(params, { signal: controller.signal });
    await client.backups.get(params, { signal: controller.signal }).catch(() => {});
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    controller.abort(); // reaches no finished call
  });
});
