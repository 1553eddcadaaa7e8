import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";
import { flushEventLoop } from "../support/flush.js";

describe("faults on cue", () => {
  it("answers N times with a status and Retry-After, as a Status, then normally", async () => {
    const target = testEmulator();
    const folder = seeded(target.emulator).readableFolder.id;
    target.emulator.faults.add({ operationId: "list", status: 429, retryAfterSeconds: 3, times: 2 });
    const path = `/backup/v1/backups?folderId=${folder}`;
    const first = await target.json("GET", path);
    expect(first.status).toBe(429);
    expect(first.body.code).toBe(8);
    expect(first.headers.get("retry-after")).toBe("3");
    expect((await target.json("GET", path)).status).toBe(429);
    expect((await target.json("GET", path)).status).toBe(200);
    expect(target.emulator.faults.list()).toEqual([]);
  });

  it("hits only its operation", async () => {
    const target = testEmulator();
    const { computeBackup, readableFolder } = seeded(target.emulator);
    target.emulator.faults.add({ operationId: "startRecovery", status: 503 });
    expect(
      (await target.json("GET", `/backup/v1/backups/${computeBackup.backup.id}?folderId=${readableFolder.id}`)).status,
    ).toBe(200);
    const failed = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe(14);
  });

  it("a reset makes fetch reject, as a dropped connection does", async () => {
    const emulator = createEmulator();
    emulator.faults.add({ reset: true, times: 1 });
    await expect(
      emulator.fetch("http://x/backup/v1/backups?folderId=b1g", { headers: { authorization: "Bearer t" } }),
    ).rejects.toThrow(TypeError);
  });

  it("a truncated body breaks after half of its bytes", async () => {
    const emulator = createEmulator();
    const url = `http://x/backup/v1/backups?folderId=${seeded(emulator).readableFolder.id}`;
    const init = { headers: { authorization: "Bearer t" } };
    const full = (await (await emulator.fetch(url, init)).arrayBuffer()).byteLength;
    emulator.faults.add({ truncateBody: true, times: 1 });
    const response = await emulator.fetch(url, init);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = 0;
    const drain = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += value.byteLength;
      }
    };
    await expect(drain()).rejects.toThrow(/terminated/);
    expect(received).toBe(Math.floor(full / 2));
  });

  it("with a seeded probability, the same seed hits the same requests", async () => {
    const pattern = async (faultSeed: number) => {
      const emulator = createEmulator({ faultSeed });
      emulator.faults.add({ status: 503, probability: 0.5 });
      const statuses = [];
      for (let index = 0; index < 40; index++)
        statuses.push(
          (await emulator.fetch("http://x/operations/cdgx", { headers: { authorization: "Bearer t" } })).status,
        );
      return statuses;
    };
    const first = await pattern(7);
    expect(await pattern(7)).toEqual(first);
    expect(first.filter((status) => status === 503).length).toBeGreaterThan(5);
    expect(first.filter((status) => status === 404).length).toBeGreaterThan(5);
  });

  it("afterHandling: the work is done but the answer is lost; a retry with the same key gets the same Operation", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    target.emulator.faults.add({ operationId: "startRecovery", status: 503, afterHandling: true, times: 1 });
    const send = () =>
      target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
        body: { computeInstanceId: computeBackup.backup.computeInstanceId },
        headers: { "idempotency-key": "0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c" },
      });
    expect((await send()).status).toBe(503);
    const retried = await send();
    expect(retried.status).toBe(200);
    expect(target.emulator.snapshot().operations.map((record) => record.operation.id)).toEqual([retried.body.id]);
  });

  it("operationError: the Operation runs, then ends with that error", async () => {
    const target = testEmulator({ operations: { recovery: { completeAfterPolls: 1 } } });
    const { computeBackup } = seeded(target.emulator);
    target.emulator.faults.add({
      operationId: "startRecovery",
      operationError: { code: "DATA_LOSS", message: "archive damaged" },
      times: 1,
    });
    const { body: started } = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    const { body } = await target.json("GET", `/operations/${started.id}`);
    expect(body.done).toBe(true);
    expect(body.error).toEqual({ code: 15, message: "archive damaged" });
    expect(body.response).toBeUndefined();
  });

  it.each([
    [{}, /at least one of/],
    [{ status: 200 }, /status must be an HTTP error status/],
    [{ operationId: "lsit", status: 503 }, /operationId "lsit" is not an operation of the spec/],
    [{ status: 503, reset: true }, /at most one of/],
    [{ status: 503, times: 0 }, /times must be an integer/],
    [{ status: 503, probability: 2 }, /probability must be a number from 0 to 1/],
    [{ status: 503, colour: "red" }, /unknown field colour/],
    [{ operationError: { code: "OOPS" } }, /operationError.code must be a google.rpc code name/],
  ])("refuses the bad rule %j, saying why", (rule, message) => {
    expect(() => createEmulator().faults.add(rule as never)).toThrow(message);
  });

  it.each([
    [409, 10, "ABORTED"],
    [500, 13, "INTERNAL"],
    [400, 3, "INVALID_ARGUMENT"],
    [418, 2, "UNKNOWN"],
  ])("a %i fault answers with code %i (%s)", async (status, code, name) => {
    const target = testEmulator();
    target.emulator.faults.add({ operationId: "getOperation", status, times: 1 });
    const { status: got, body } = await target.json("GET", "/operations/cdgx");
    expect(got).toBe(status);
    expect(body.code).toBe(code);
    expect(body.message).toContain(name);
  });

  it("delays on the emulator's clock, to the millisecond", async () => {
    const target = testEmulator();
    target.emulator.faults.add({ operationId: "getOperation", delayMs: 10_000, times: 1 });
    let answered = false;
    const pending = target.call("GET", "/operations/cdgnothing").then((response) => {
      answered = true;
      return response;
    });
    await flushEventLoop();
    expect(answered).toBe(false);
    target.emulator.clock.advance(9_999);
    await flushEventLoop();
    expect(answered).toBe(false);
    target.emulator.clock.advance(1);
    await flushEventLoop();
    expect(answered).toBe(true);
    expect((await pending).status).toBe(404);
  });

  it("a probability hits about that share of requests", async () => {
    const emulator = createEmulator({ faultSeed: 3 });
    emulator.faults.add({ operationId: "getOperation", status: 503, probability: 0.1 });
    let hits = 0;
    for (let index = 0; index < 200; index++) {
      if ((await emulator.fetch("http://x/operations/cdgx", { headers: { authorization: "Bearer t" } })).status === 503)
        hits++;
    }
    expect(hits).toBeGreaterThan(5);
    expect(hits).toBeLessThan(45);
  });

  it("afterHandling reset: the work is done, then the connection drops", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    target.emulator.faults.add({ operationId: "startRecovery", reset: true, afterHandling: true, times: 1 });
    const sent = target.call("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    await expect(sent).rejects.toThrow(TypeError);
    expect(target.emulator.snapshot().operations).toHaveLength(1);
  });

  it.each([
    [{ retryAfterSeconds: 3, delayMs: 10 }, /retryAfterSeconds goes with status/],
    [{ afterHandling: true, delayMs: 10 }, /afterHandling goes with status or reset/],
    [{ delayMs: -1 }, /delayMs must be a number ≥ 0/],
  ])("refuses the bad rule %j, saying why", (rule, message) => {
    expect(() => createEmulator().faults.add(rule as never)).toThrow(message);
  });
});
