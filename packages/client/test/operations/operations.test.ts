import { describe, expect, it, vi } from "vitest";
import {
  BackupAbortError,
  BackupInvalidResponseError,
  BackupOperationError,
  BackupTimeoutError,
  BackupUsageError,
  CLIENT_DEFAULTS,
  createBackupClient,
  type Operation,
} from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { testClient } from "../support/client.js";
import { fakeApi, hang, json, status } from "../support/fake-api.js";

useFakeClock();

const META = "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata" as const;
const EMPTY = { "@type": "type.googleapis.com/google.protobuf.Empty" } as const;
/** An operation as the server sends it: a progress of 0 is left out (proto3). */
const running = (progress: number) => ({
  id: "op1",
  done: false,
  metadata: { "@type": META, ...(progress ? { progressPercentage: progress } : {}) },
});
const finished = { id: "op1", done: true, metadata: { "@type": META, progressPercentage: 100 }, response: EMPTY };
const fast = { pollIntervalMs: 5, maxPollIntervalMs: 10 };
/** A wire-shaped operation handed to wait, as a JavaScript caller (or one holding a client.raw answer) would. */
const handIn = (operation: object) => operation as Operation;

describe("operations.get", () => {
  it("reads an operation from the operations host", async () => {
    const api = fakeApi([json(200, running(10))]);
    const client = testClient(api, { operationsBaseUrl: "https://operations.test" });
    expect(await client.operations.get("op1")).toMatchObject(running(10));
    expect(api.requests[0]!.url).toBe("https://operations.test/operations/op1");
  });

  it("rejects an empty id before sending anything", async () => {
    await expect(testClient(fakeApi([])).operations.get("")).rejects.toThrow(
      "operations.get: operationId must be a non-empty string, got an empty string",
    );
  });
});

describe("operations.cancel", () => {
  const cancelled = { id: "op1", done: true, error: { code: 1, message: "cancelled" } };

  it("asks with a GET on the operations host, /operations/{id}:cancel, and answers the operation decoded", async () => {
    const api = fakeApi([json(200, cancelled)]);
    const client = testClient(api, { operationsBaseUrl: "https://operations.test" });
    const operation = await client.operations.cancel("op1");
    const [request] = api.requests;
    expect(`${request!.method} ${request!.url}`).toBe("GET https://operations.test/operations/op1:cancel");
    expect(request!.headers.has("idempotency-key")).toBe(false);
    expect(operation).toMatchObject({ ...cancelled, description: "", createdBy: "" });
    expect(operation.error).toEqual({ code: 1, message: "cancelled", details: [] });
  });

  it("reaches the region's operations host, not its API host", async () => {
    const api = fakeApi([json(200, cancelled)]);
    await createBackupClient({ iamToken: "t1.x", region: "kz", fetch: api.fetch }).operations.cancel("op 1");
    expect(api.requests[0]!.url).toBe("https://operation.api.yandexcloud.kz/operations/op%201:cancel");
  });

  it("rejects an empty id before sending anything", async () => {
    const api = fakeApi([]);
    await expect(testClient(api).operations.cancel("")).rejects.toThrow(
      "operations.cancel: operationId must be a non-empty string, got an empty string",
    );
    expect(api.requests).toHaveLength(0);
  });
});

describe("operations.wait", () => {
  it("polls until done, reporting progress (0 filled in), and resolves with the finished operation", async () => {
    const api = fakeApi([
      json(200, running(40)),
      json(503, status(14, "blip")),
      json(200, running(80)),
      json(200, finished),
    ]);
    const progress: (number | undefined)[] = [];
    const wait = settle(
      testClient(api).operations.wait(handIn(running(0)), { ...fast, onProgress: (percent) => progress.push(percent) }),
    );
    await vi.runAllTimersAsync();
    expect(wait.value).toMatchObject(finished);
    expect(wait.value!.response).toEqual(EMPTY);
    expect(progress).toEqual([0, 40, 80, 100]);
    expect(api.requests.map((request) => request.path)).toEqual(Array(4).fill("/operations/op1"));
  });

  it("resolves a policy's creation with the new Policy as its response, decoded", async () => {
    const policyType = "type.googleapis.com/yandex.cloud.backup.v1.Policy";
    const metadata = { "@type": "type.googleapis.com/yandex.cloud.backup.v1.CreatePolicyMetadata", policyId: "p1" };
    const api = fakeApi([
      json(200, { id: "op2", metadata }),
      json(200, { id: "op2", done: true, metadata, response: { "@type": policyType, id: "p1", name: "daily" } }),
    ]);
    const client = testClient(api);
    const operation = await client.policies.create({ folderId: "f1", name: "daily", settings: {} as never });
    const wait = settle(client.operations.wait(operation, fast));
    await vi.runAllTimersAsync();
    expect(wait.error).toBeUndefined();
    const { response } = wait.value!;
    // the Policy, its defaults filled in (decoded by the Any's @type)
    expect(response).toEqual({ "@type": policyType, id: "p1", name: "daily", enabled: false, folderId: "" });
    expect(response.name).toBe("daily");
    expect(api.requests.map((request) => request.path)).toEqual(["/backup/v1/policies", "/operations/op2"]);
  });

  it("accepts an operation id and fetches it first", async () => {
    const api = fakeApi([json(200, finished)]);
    expect((await testClient(api).operations.wait("op1", fast)).done).toBe(true);
    expect(api.requests).toHaveLength(1);
  });

  it("returns a finished operation at once, without a request", async () => {
    const api = fakeApi([json(200, {})]);
    await testClient(api).operations.wait(handIn(finished), fast);
    expect(api.requests).toHaveLength(0);
  });

  it("rejects with a BackupOperationError built from Operation.error, naming the operation", async () => {
    const failed = { ...running(37), done: true, error: { code: 9, message: "The backup agent is not running" } };
    const api = fakeApi([json(200, failed)]);
    const error = await testClient(api)
      .operations.wait("op1", fast)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupOperationError);
    expect(error).toMatchObject({
      code: 9,
      codeName: "FAILED_PRECONDITION",
      status: 400,
      operationId: "op1",
      message: "FAILED_PRECONDITION: The backup agent is not running",
    });
  });

  it("rejects at once, without a request, when given an operation that already failed", async () => {
    const api = fakeApi([json(200, {})]);
    const failed = { ...running(37), done: true, error: { code: 9, message: "no agent" } };
    const error = await testClient(api)
      .operations.wait(handIn(failed), fast)
      .catch((e) => e);
    expect(error).toMatchObject({ codeName: "FAILED_PRECONDITION", operationId: "op1" });
    expect(api.requests).toHaveLength(0);
  });

  it("says so when the server marks an operation done with neither response nor error", async () => {
    const api = fakeApi([json(200, { id: "op1", done: true })]);
    const error = await testClient(api)
      .operations.wait("op1", fast)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BackupInvalidResponseError);
    expect(error.message).toBe("operations.wait: operation op1 is done with neither response nor error");
  });

  it("polls first after pollIntervalMs, then 1.5× longer each time, up to maxPollIntervalMs", async () => {
    const api = fakeApi([
      json(200, running(1)),
      json(200, running(2)),
      json(200, running(3)),
      json(200, running(4)),
      json(200, finished),
    ]);
    const wait = settle(
      testClient(api).operations.wait(handIn(running(0)), { pollIntervalMs: 100, maxPollIntervalMs: 200 }),
    );
    const pollsAt: number[] = [];
    for (let elapsed = 0; !wait.done && elapsed < 2_000; elapsed += 10) {
      await vi.advanceTimersByTimeAsync(10);
      if (api.requests.length > pollsAt.length) pollsAt.push(elapsed + 10);
    }
    // delays 100, 150, 200 (capped), 200, 200
    expect(pollsAt).toEqual([100, 250, 450, 650, 850]);
  });

  it("waits with the defaults of CLIENT_DEFAULTS.wait", async () => {
    const { pollIntervalMs, maxPollIntervalMs } = CLIENT_DEFAULTS.wait;
    const api = fakeApi([json(200, running(1))]);
    settle(testClient(api).operations.wait(handIn(running(0))));
    await vi.advanceTimersByTimeAsync(pollIntervalMs - 1);
    expect(api.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.requests).toHaveLength(1);
    // far enough along, every delay is the longest one
    await vi.advanceTimersByTimeAsync(20 * maxPollIntervalMs);
    const before = api.requests.length;
    await vi.advanceTimersByTimeAsync(maxPollIntervalMs);
    expect(api.requests.length - before).toBe(1);
  });

  it("gives up after CLIENT_DEFAULTS.wait.timeoutMs in all by default, saying the operation may still run", async () => {
    const api = fakeApi([json(200, running(1))]);
    const wait = settle(testClient(api).operations.wait("op1"));
    await vi.advanceTimersByTimeAsync(CLIENT_DEFAULTS.wait.timeoutMs - 1);
    expect(wait.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.error).toBeInstanceOf(BackupTimeoutError);
    expect((wait.error as Error).message).toBe(
      `operations.wait timed out after ${CLIENT_DEFAULTS.wait.timeoutMs} ms; operation op1 may still be running`,
    );
  });

  it("waits out, with the defaults, a recovery that copies whole disks for two hours", async () => {
    // The official SDK gives up after 10 minutes; a recovery of large disks takes hours.
    const twoHours = 2 * 3600_000;
    const startedAt = Date.now();
    const api = fakeApi([
      (request, index) => json(200, Date.now() - startedAt < twoHours ? running(1) : finished)(request, index),
    ]);
    const wait = settle(testClient(api).operations.wait("op1"));
    await vi.advanceTimersByTimeAsync(twoHours + CLIENT_DEFAULTS.wait.maxPollIntervalMs);
    expect(wait.error).toBeUndefined();
    expect(wait.value?.done).toBe(true);
  });

  it("honours its own timeoutMs across polls, and 0 waits as long as it takes", async () => {
    const api = fakeApi([json(200, running(1))]);
    const limited = settle(testClient(api).operations.wait("op1", { ...fast, timeoutMs: 100 }));
    await vi.advanceTimersByTimeAsync(100);
    expect((limited.error as Error).message).toBe(
      "operations.wait timed out after 100 ms; operation op1 may still be running",
    );
    const unlimited = settle(
      testClient(fakeApi([json(200, running(1))])).operations.wait("op1", {
        pollIntervalMs: 60_000,
        maxPollIntervalMs: 60_000,
        timeoutMs: 0,
      }),
    );
    await vi.advanceTimersByTimeAsync(CLIENT_DEFAULTS.wait.timeoutMs * 2);
    expect(unlimited.done).toBe(false);
  });

  it("stops on its signal between polls, and aborts the poll in flight", async () => {
    const controller = new AbortController();
    const between = settle(
      testClient(fakeApi([json(200, running(1))])).operations.wait("op1", { ...fast, signal: controller.signal }),
    );
    await vi.advanceTimersByTimeAsync(30);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(between.error).toBeInstanceOf(BackupAbortError);

    const inFlight = fakeApi([hang]);
    const second = new AbortController();
    const polling = settle(testClient(inFlight).operations.wait("op1", { ...fast, signal: second.signal }));
    await vi.advanceTimersByTimeAsync(1);
    second.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(polling.error).toBeInstanceOf(BackupAbortError);
    expect(inFlight.requests[0]!.request.signal.aborted).toBe(true);
  });

  it("says, when its signal stops it, which operation may still be running, as its timeout does", async () => {
    const reason = new Error("the user gave up");
    const between = new AbortController();
    const waiting = settle(
      testClient(fakeApi([json(200, running(1))])).operations.wait("op1", { ...fast, signal: between.signal }),
    );
    await vi.advanceTimersByTimeAsync(30);
    between.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.error).toBeInstanceOf(BackupAbortError);
    expect((waiting.error as Error).message).toBe("operations.wait was aborted; operation op1 may still be running");
    expect((waiting.error as Error).cause).toBe(reason);

    const before = AbortSignal.abort(reason);
    const error = await testClient(fakeApi([json(200, running(1))]))
      .operations.wait(handIn(running(0)), { signal: before })
      .catch((thrown: unknown) => thrown);
    expect((error as Error).message).toBe("operations.wait was aborted; operation op1 may still be running");
  });

  it("sends its headers with every poll, like every other call", async () => {
    const api = fakeApi([json(200, running(1)), json(200, finished)]);
    settle(testClient(api).operations.wait("op1", { ...fast, headers: { "x-client-trace-id": "trace-9" } }));
    await vi.runAllTimersAsync();
    expect(api.requests.map((request) => request.headers.get("x-client-trace-id"))).toEqual(["trace-9", "trace-9"]);
  });

  it("retries a poll that fails, as any call", async () => {
    const api = fakeApi([json(503, status(14, "blip")), json(200, finished)]);
    const wait = settle(testClient(api).operations.wait("op1", fast));
    await vi.runAllTimersAsync();
    expect(wait.value?.done).toBe(true);
  });

  it("rejects something that is not an operation", async () => {
    await expect(testClient(fakeApi([])).operations.wait({} as never)).rejects.toBeInstanceOf(BackupUsageError);
    await expect(testClient(fakeApi([])).operations.wait("")).rejects.toThrow(
      "operations.wait: expected an operation with an id, or an operation id",
    );
  });
});
