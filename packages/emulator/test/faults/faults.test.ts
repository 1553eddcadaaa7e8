import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

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
    expect((await target.json("GET", `/backup/v1/backups/${computeBackup.backup.id}?folderId=${readableFolder.id}`)).status).toBe(200);
    const failed = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, { body: { computeInstanceId: computeBackup.backup.computeInstanceId } });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe(14);
  });

  it("a reset makes fetch reject, as a dropped connection does", async () => {
    const emulator = createEmulator();
    emulator.faults.add({ reset: true, times: 1 });
    await expect(emulator.fetch("http://x/backup/v1/backups?folderId=b1g", { headers: { authorization: "Bearer t" } })).rejects.toThrow(TypeError);
  });

  it("a truncated body breaks while it is read", async () => {
    const emulator = createEmulator();
    const folder = seeded(emulator).readableFolder.id;
    emulator.faults.add({ truncateBody: true, times: 1 });
    const response = await emulator.fetch(`http://x/backup/v1/backups?folderId=${folder}`, { headers: { authorization: "Bearer t" } });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(/terminated/);
  });

  it("delays on the emulator's clock", async () => {
    const target = testEmulator();
    target.emulator.faults.add({ delayMs: 10_000, times: 1 });
    let answered = false;
    const pending = target.call("GET", "/nowhere").then((response) => {
      answered = true;
      return response;
    });
    await Promise.resolve();
    expect(answered).toBe(false);
    target.emulator.clock.advance(10_000);
    expect((await pending).status).toBe(404);
  });

  it("with a seeded probability, the same seed hits the same requests", async () => {
    const pattern = async (faultSeed: number) => {
      const emulator = createEmulator({ faultSeed });
      emulator.faults.add({ status: 503, probability: 0.5 });
      const statuses = [];
      for (let index = 0; index < 40; index++) statuses.push((await emulator.fetch("http://x/operations/cdgx", { headers: { authorization: "Bearer t" } })).status);
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
    target.emulator.faults.add({ operationId: "startRecovery", operationError: { code: "DATA_LOSS", message: "archive damaged" }, times: 1 });
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
});
