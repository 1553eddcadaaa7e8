import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BackupApiError,
  BackupNetworkError,
  RETRYABLE_STATUSES,
  STATUS_CODES,
  type BackupLogEvent,
} from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { testClient } from "../support/client.js";
import { BACKUP, fakeApi, json, networkFailure, status, text } from "../support/fake-api.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const params = { backupId: "b1", folderId: "f1" };
const errorStatuses = [...new Set([...STATUS_CODES.map((entry) => entry.httpStatus), 502, 504])];

useFakeClock();
afterEach(() => {
  vi.restoreAllMocks();
});

describe("retries", () => {
  it("retries a 503 and succeeds on the second attempt, with the same x-client-request-id", async () => {
    const api = fakeApi([json(503, status(14, "unavailable")), json(200, BACKUP)]);
    const call = settle(testClient(api).backups.get(params));
    await vi.runAllTimersAsync();
    expect(call.value).toMatchObject(BACKUP);
    const ids = api.requests.map((request) => request.headers.get("x-client-request-id"));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(UUID_V4);
    expect(ids[1]).toBe(ids[0]);
  });

  it.each(RETRYABLE_STATUSES)("retries HTTP %i", async (code) => {
    const api = fakeApi([json(code, status(13, "x")), json(200, BACKUP)]);
    const call = settle(testClient(api).backups.get(params));
    await vi.runAllTimersAsync();
    expect(call.error).toBeUndefined();
    expect(api.requests).toHaveLength(2);
  });

  it.each(errorStatuses.filter((code) => !RETRYABLE_STATUSES.includes(code)))(
    "does not retry HTTP %i",
    async (code) => {
      const api = fakeApi([json(code, status(3, "no")), json(200, BACKUP)]);
      await expect(testClient(api).backups.get(params)).rejects.toBeInstanceOf(BackupApiError);
      expect(api.requests).toHaveLength(1);
    },
  );

  it("gives up after maxRetries + 1 attempts with the last error", async () => {
    const api = fakeApi([json(503, status(14, "still down"))]);
    const call = settle(testClient(api, { maxRetries: 3 }).backups.get(params));
    await vi.runAllTimersAsync();
    expect(call.error).toBeInstanceOf(BackupApiError);
    expect((call.error as BackupApiError).status).toBe(503);
    expect(api.requests).toHaveLength(4);
  });

  it("lets a call override maxRetries (0: a single attempt)", async () => {
    const api = fakeApi([json(503, status(14, "down"))]);
    await expect(testClient(api).backups.get(params, { maxRetries: 0 })).rejects.toBeInstanceOf(BackupApiError);
    expect(api.requests).toHaveLength(1);
  });

  it("waits exactly what Retry-After (seconds) asks on a 429", async () => {
    const api = fakeApi([json(429, status(8, "slow down"), { "retry-after": "2" }), json(200, BACKUP)]);
    const call = settle(testClient(api).backups.get(params));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.requests).toHaveLength(2);
    await vi.runAllTimersAsync();
    expect(call.done && call.error === undefined).toBe(true);
  });

  it("honours Retry-After as an HTTP date", async () => {
    // HTTP dates are whole seconds: start the clock on one
    vi.setSystemTime(new Date("2026-11-20T02:00:00Z"));
    const at = new Date(Date.now() + 3_000).toUTCString();
    const api = fakeApi([json(503, status(14, "x"), { "retry-after": at }), json(200, BACKUP)]);
    settle(testClient(api).backups.get(params));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.requests).toHaveLength(2);
  });

  it("falls back to its own backoff when Retry-After asks for more than maxRetryAfterMs", async () => {
    const api = fakeApi([json(503, status(14, "x"), { "retry-after": "3600" }), json(200, BACKUP)]);
    settle(
      testClient(api, { retry: { baseDelayMs: 100, maxDelayMs: 100, maxRetryAfterMs: 1000 } }).backups.get(params),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(api.requests).toHaveLength(2);
  });

  it("waits between half and all of baseDelayMs × 2^retry (equal jitter), capped at maxDelayMs", async () => {
    for (const [random, expected] of [
      [0, [50, 100, 200, 200]],
      [0.999999, [100, 200, 400, 400]],
    ] as const) {
      vi.spyOn(Math, "random").mockReturnValue(random);
      const delays: number[] = [];
      const logger = (event: BackupLogEvent) => event.type === "retry" && delays.push(Math.round(event.delayMs));
      const api = fakeApi([json(503, status(14, "down"))]);
      settle(
        testClient(api, { logger, maxRetries: 4, retry: { baseDelayMs: 100, maxDelayMs: 400 } }).backups.get(params),
      );
      await vi.runAllTimersAsync();
      expect(delays, `Math.random() = ${random}`).toEqual(expected);
    }
  });

  it("retries a network failure, then succeeds", async () => {
    const api = fakeApi([networkFailure(), networkFailure(), json(200, BACKUP)]);
    const call = settle(testClient(api).backups.get(params));
    await vi.runAllTimersAsync();
    expect(call.value).toMatchObject(BACKUP);
    expect(api.requests).toHaveLength(3);
  });

  it("turns failures that outlast the retries into a BackupNetworkError naming the cause and the attempts", async () => {
    const api = fakeApi([networkFailure("ECONNREFUSED")]);
    const call = settle(testClient(api).backups.get(params));
    await vi.runAllTimersAsync();
    const error = call.error as BackupNetworkError;
    expect(error).toBeInstanceOf(BackupNetworkError);
    expect(error.message).toBe("backups.get: fetch failed (ECONNREFUSED) after 3 attempt(s)");
    expect(error.attempts).toBe(3);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(3);
  });
});

describe("idempotency of mutating calls", () => {
  const OP = { id: "op1", done: false };

  it("sends one Idempotency-Key (UUID v4) on every retry of startRecovery", async () => {
    const api = fakeApi([networkFailure(), json(503, status(14, "x")), json(200, OP)]);
    settle(testClient(api).backups.startRecovery({ backupId: "b1", computeInstanceId: "i1" }));
    await vi.runAllTimersAsync();
    expect(api.requests).toHaveLength(3);
    const keys = api.requests.map((request) => request.headers.get("idempotency-key"));
    expect(keys[0]).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(api.requests.map((request) => request.headers.get("x-client-request-id"))).size).toBe(1);
  });

  it("uses a fresh key per logical call, and the caller's key when given", async () => {
    const api = fakeApi([json(200, OP)]);
    const client = testClient(api);
    await client.backups.delete({ computeInstanceId: "i1", backupId: "b1" });
    await client.backups.delete({ computeInstanceId: "i1", backupId: "b1" });
    await client.backups.delete({ computeInstanceId: "i1", backupId: "b1" }, { idempotencyKey: "my-key" });
    const keys = api.requests.map((request) => request.headers.get("idempotency-key"));
    expect(keys[0]).toMatch(UUID_V4);
    expect(keys[1]).toMatch(UUID_V4);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("my-key");
  });

  it("sends no Idempotency-Key on reads", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    await testClient(api).backups.get(params);
    expect(api.requests[0]!.headers.has("idempotency-key")).toBe(false);
  });

  it("does not retry a 409 ABORTED of a mutating call", async () => {
    const api = fakeApi([json(409, status(10, "busy")), json(200, OP)]);
    const error = await testClient(api)
      .backups.delete({ computeInstanceId: "i1", backupId: "b1" })
      .catch((e) => e);
    expect(error.codeName).toBe("ABORTED");
    expect(api.requests).toHaveLength(1);
  });
});

describe("x-client-request-id", () => {
  it("differs between logical calls and can be set by the caller", async () => {
    const api = fakeApi([json(200, BACKUP)]);
    const client = testClient(api);
    await client.backups.get(params);
    await client.backups.get(params);
    await client.backups.get(params, { clientRequestId: "mine" });
    const ids = api.requests.map((request) => request.headers.get("x-client-request-id"));
    expect(ids[0]).toMatch(UUID_V4);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe("mine");
  });

  it("is sent on a call answered by an HTML error page (the proxy case), and is on the error", async () => {
    const api = fakeApi([text(502, "<html><body>Bad gateway</body></html>", { "content-type": "text/html" })]);
    const error = await testClient(api, { maxRetries: 0 })
      .backups.get(params, { clientRequestId: "proxy-case" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupApiError);
    expect(api.requests[0]!.headers.get("x-client-request-id")).toBe("proxy-case");
    expect(error.clientRequestId).toBe("proxy-case");
  });
});
