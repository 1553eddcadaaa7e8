import { afterEach, describe, expect, it } from "vitest";
import { BackupApiError, BackupNetworkError, type BackupLogEvent } from "../../src/index.js";
import { BACKUP, json, raw, reset, scriptedServer, status } from "../support/server.js";
import { testClient } from "../support/client.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const params = { backupId: "b1", folderId: "f1" };
let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe("retries", () => {
  it("retries a 503 and succeeds on the second attempt, with the same x-client-request-id", async () => {
    const s = await scriptedServer([json(503, status(14, "unavailable")), json(200, BACKUP)]);
    close = s.close;
    const backup = await testClient(s.url).backups.get(params);
    expect(backup).toEqual(BACKUP);
    expect(s.seen).toHaveLength(2);
    const ids = s.seen.map((r) => r.headers["x-client-request-id"]);
    expect(ids[0]).toMatch(UUID_V4);
    expect(ids[1]).toBe(ids[0]);
  });

  it.each([429, 500, 503, 504])("retries HTTP %i", async (code) => {
    const s = await scriptedServer([json(code, status(13, "x")), json(200, BACKUP)]);
    close = s.close;
    await testClient(s.url).backups.get(params);
    expect(s.seen).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 501])("does not retry HTTP %i", async (code) => {
    const s = await scriptedServer([json(code, status(3, "no")), json(200, BACKUP)]);
    close = s.close;
    await expect(testClient(s.url).backups.get(params)).rejects.toBeInstanceOf(BackupApiError);
    expect(s.seen).toHaveLength(1);
  });

  it("gives up after maxRetries + 1 attempts with the last error", async () => {
    const s = await scriptedServer([json(503, status(14, "still down"))]);
    close = s.close;
    const err = await testClient(s.url, { maxRetries: 3 }).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(err.status).toBe(503);
    expect(s.seen).toHaveLength(4);
  });

  it("lets a call override maxRetries (0: a single attempt)", async () => {
    const s = await scriptedServer([json(503, status(14, "down"))]);
    close = s.close;
    await expect(testClient(s.url).backups.get(params, { maxRetries: 0 })).rejects.toBeInstanceOf(BackupApiError);
    expect(s.seen).toHaveLength(1);
  });

  it("honours Retry-After (seconds) on a 429", async () => {
    const s = await scriptedServer([json(429, status(8, "slow down"), { "retry-after": "0.2" }), json(200, BACKUP)]);
    close = s.close;
    const t0 = Date.now();
    await testClient(s.url).backups.get(params);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(s.seen).toHaveLength(2);
  });

  it("falls back to its own backoff when Retry-After asks for more than maxRetryAfterMs", async () => {
    const s = await scriptedServer([json(503, status(14, "x"), { "retry-after": "3600" }), json(200, BACKUP)]);
    close = s.close;
    const t0 = Date.now();
    await testClient(s.url, { retry: { baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1000 } }).backups.get(params);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("retries a connection reset, then succeeds", async () => {
    const s = await scriptedServer([reset, reset, json(200, BACKUP)]);
    close = s.close;
    expect(await testClient(s.url).backups.get(params)).toEqual(BACKUP);
    expect(s.seen).toHaveLength(3);
  });

  it("turns resets that outlast the retries into a BackupNetworkError with the cause", async () => {
    const s = await scriptedServer([reset]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupNetworkError);
    expect(err.message).toMatch(/^backups\.get: fetch failed .* after 3 attempt\(s\)$/);
    expect(err.cause).toBeInstanceOf(Error);
    expect(s.seen).toHaveLength(3);
  });

  it("reports a refused connection as a BackupNetworkError", async () => {
    const s = await scriptedServer([json(200, {})]);
    await s.close();
    const err = await testClient(s.url, { maxRetries: 1 }).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupNetworkError);
    expect(err.message).toContain("ECONNREFUSED");
  });

  it("waits about baseDelayMs before the first retry, doubling after (the logger shows each delay)", async () => {
    const s = await scriptedServer([json(503, status(14, "down"))]);
    close = s.close;
    const delays: number[] = [];
    const logger = (e: BackupLogEvent) => e.type === "retry" && delays.push(e.delayMs);
    await testClient(s.url, { logger, retry: { baseDelayMs: 20, maxDelayMs: 1000 } })
      .backups.get(params)
      .catch(() => {});
    expect(delays).toHaveLength(2);
    // equal jitter: between half and all of baseDelayMs × 2^retry
    expect(delays[0]).toBeGreaterThanOrEqual(10);
    expect(delays[0]).toBeLessThanOrEqual(20);
    expect(delays[1]).toBeGreaterThanOrEqual(20);
    expect(delays[1]).toBeLessThanOrEqual(40);
  });
});

describe("idempotency of mutating calls", () => {
  const OP = { id: "op1", done: false };

  it("sends one Idempotency-Key (UUID v4) on every retry of startRecovery", async () => {
    const s = await scriptedServer([reset, json(503, status(14, "x")), json(200, OP)]);
    close = s.close;
    await testClient(s.url).backups.startRecovery({ backupId: "b1", computeInstanceId: "i1" });
    expect(s.seen).toHaveLength(3);
    const keys = s.seen.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(s.seen.map((r) => r.headers["x-client-request-id"])).size).toBe(1);
  });

  it("uses a fresh key per logical call, and the caller's key when given", async () => {
    const s = await scriptedServer([json(200, OP)]);
    close = s.close;
    const client = testClient(s.url);
    await client.backups.delete({ computeInstanceId: "i1", backupId: "b1" });
    await client.backups.delete({ computeInstanceId: "i1", backupId: "b1" });
    await client.backups.delete({ computeInstanceId: "i1", backupId: "b1" }, { idempotencyKey: "my-key" });
    const keys = s.seen.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("my-key");
  });

  it("sends no Idempotency-Key on reads", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    await testClient(s.url).backups.get(params);
    expect(s.seen[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("does not retry a 409 ABORTED of a mutating call", async () => {
    const s = await scriptedServer([json(409, status(10, "busy")), json(200, OP)]);
    close = s.close;
    const err = await testClient(s.url)
      .backups.delete({ computeInstanceId: "i1", backupId: "b1" })
      .catch((e) => e);
    expect(err.codeName).toBe("ABORTED");
    expect(s.seen).toHaveLength(1);
  });
});

describe("x-client-request-id", () => {
  it("differs between logical calls and can be set by the caller", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    const client = testClient(s.url);
    await client.backups.get(params);
    await client.backups.get(params);
    await client.backups.get(params, { clientRequestId: "mine" });
    const ids = s.seen.map((r) => r.headers["x-client-request-id"]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe("mine");
  });

  it("is sent on an HTML error too (the proxy case) and the error is not retried", async () => {
    const s = await scriptedServer([raw(502, "<html><body>Bad gateway</body></html>", { "content-type": "text/html" })]);
    close = s.close;
    const err = await testClient(s.url).backups.get(params).catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(s.seen).toHaveLength(1);
  });
});
