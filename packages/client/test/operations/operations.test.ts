import { afterEach, describe, expect, it } from "vitest";
import { BackupAbortError, BackupApiError, BackupTimeoutError, BackupUsageError } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { json, scriptedServer, status } from "../support/server.js";

let close: () => Promise<void> = async () => {};
afterEach(() => close());

const META = "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata" as const;
const op = (progress: number, extra: object = {}) => ({
  id: "op1",
  done: false,
  metadata: { "@type": META, progressPercentage: progress },
  ...extra,
});
const fast = { pollIntervalMs: 5, maxPollIntervalMs: 10 };

describe("operations.get", () => {
  it("reads an operation from the operations host", async () => {
    const s = await scriptedServer([json(200, op(10))]);
    close = s.close;
    const client = testClient("http://127.0.0.1:9", { operationsBaseUrl: s.url });
    expect(await client.operations.get("op1")).toEqual(op(10));
    expect(s.seen[0]!.url).toBe("/operations/op1");
  });

  it("rejects an empty id before sending anything", async () => {
    await expect(testClient("http://127.0.0.1:9").operations.get("")).rejects.toThrow(
      "operations.get: operationId must be a non-empty string, got string",
    );
  });
});

describe("operations.wait", () => {
  it("polls until done, reporting progress, and resolves with the finished operation", async () => {
    const done = op(100, { done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
    const s = await scriptedServer([json(200, op(40)), json(503, status(14, "blip")), json(200, op(80)), json(200, done)]);
    close = s.close;
    const progress: (number | undefined)[] = [];
    const result = await testClient(s.url).operations.wait(op(0), { ...fast, onProgress: (p) => progress.push(p) });
    expect(result).toEqual(done);
    expect(progress).toEqual([0, 40, 80, 100]);
    expect(s.seen.map((r) => r.url)).toEqual(Array(4).fill("/operations/op1"));
  });

  it("accepts an operation id and fetches it first", async () => {
    const s = await scriptedServer([json(200, op(100, { done: true }))]);
    close = s.close;
    expect((await testClient(s.url).operations.wait("op1", fast)).done).toBe(true);
    expect(s.seen).toHaveLength(1);
  });

  it("returns a finished operation at once, without a request", async () => {
    const s = await scriptedServer([json(200, {})]);
    close = s.close;
    await testClient(s.url).operations.wait({ id: "op1", done: true }, fast);
    expect(s.seen).toHaveLength(0);
  });

  it("rejects with a BackupApiError built from Operation.error", async () => {
    const failed = op(37, { done: true, error: { code: 9, message: "The backup agent is not running" } });
    const s = await scriptedServer([json(200, failed)]);
    close = s.close;
    const err = await testClient(s.url).operations.wait("op1", fast).catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(err).toMatchObject({
      code: 9,
      codeName: "FAILED_PRECONDITION",
      status: 400,
      operationId: "op1",
      message: "FAILED_PRECONDITION: The backup agent is not running",
    });
  });

  it("honours timeoutMs across polls", async () => {
    const s = await scriptedServer([json(200, op(1))]);
    close = s.close;
    const err = await testClient(s.url).operations.wait("op1", { ...fast, timeoutMs: 100 }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupTimeoutError);
    expect(err.message).toBe("operations.wait timed out after 100 ms");
    expect(s.seen.length).toBeGreaterThanOrEqual(1);
  });

  it("honours signal between polls", async () => {
    const s = await scriptedServer([json(200, op(1))]);
    close = s.close;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 60);
    const err = await testClient(s.url).operations.wait("op1", { ...fast, signal: ac.signal }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
  });

  it("polls with growing delays, capped", async () => {
    const s = await scriptedServer([json(200, op(1)), json(200, op(2)), json(200, op(3)), json(200, op(4, { done: true }))]);
    close = s.close;
    const t0 = Date.now();
    await testClient(s.url).operations.wait(op(0), { pollIntervalMs: 40, maxPollIntervalMs: 60 });
    // 40 + 60 + 60 + 60 between the polls
    expect(Date.now() - t0).toBeGreaterThanOrEqual(210);
  });

  it("rejects something that is not an operation", async () => {
    await expect(testClient("http://127.0.0.1:9").operations.wait({} as never)).rejects.toBeInstanceOf(BackupUsageError);
  });

  it("gives an operation's error the HTTP status its code maps to (gRPC-gateway)", async () => {
    const client = testClient("http://127.0.0.1:9");
    const statuses: Record<number, number> = {
      1: 499, 2: 500, 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 8: 429,
      9: 400, 10: 409, 11: 400, 12: 501, 13: 500, 14: 503, 15: 500, 16: 401, 99: 500,
    };
    for (const [code, httpStatus] of Object.entries(statuses)) {
      const failed = { id: "op1", done: true, error: { code: Number(code), message: "m" } };
      const err = await client.operations.wait(failed, fast).catch((e) => e);
      expect(err, `code ${code}`).toBeInstanceOf(BackupApiError);
      expect(err.status, `code ${code}`).toBe(httpStatus);
    }
  });

  it("aborting closes the poll in flight, not only the wait", async () => {
    let closed = false;
    const s = await scriptedServer([(req) => req.socket.on("close", () => (closed = true))]);
    close = s.close;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const err = await testClient(s.url).operations.wait("op1", { ...fast, signal: ac.signal }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
    for (const t0 = Date.now(); !closed && Date.now() - t0 < 2000; ) await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(true);
  });

  it("caps the poll delay at maxPollIntervalMs", async () => {
    const s = await scriptedServer([json(200, op(1)), json(200, op(2)), json(200, op(3)), json(200, op(4)), json(200, op(5)), json(200, op(6, { done: true }))]);
    close = s.close;
    const t0 = Date.now();
    await testClient(s.url).operations.wait(op(0), { pollIntervalMs: 20, maxPollIntervalMs: 20 });
    // 6 × 20 ms capped; uncapped (×1.5 each poll) it would be 20 + 30 + 45 + 68 + 101 + 152 = 416 ms
    expect(Date.now() - t0).toBeLessThan(350);
  });

  it("first polls after pollIntervalMs, not the 1 s default", async () => {
    const s = await scriptedServer([json(200, op(100, { done: true }))]);
    close = s.close;
    const t0 = Date.now();
    await testClient(s.url).operations.wait(op(0), { pollIntervalMs: 5 });
    expect(Date.now() - t0).toBeLessThan(500);
    expect(s.seen).toHaveLength(1);
  });

  it("rejects at once, without a request, when given an operation that already failed", async () => {
    const s = await scriptedServer([json(200, {})]);
    close = s.close;
    const failed = op(37, { done: true, error: { code: 9, message: "The backup agent is not running" } });
    const err = await testClient(s.url).operations.wait(failed, fast).catch((e) => e);
    expect(err).toMatchObject({ codeName: "FAILED_PRECONDITION", operationId: "op1" });
    expect(s.seen).toHaveLength(0);
  });
});
