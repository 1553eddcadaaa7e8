import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

describe("control API under /_emulator (and the same in JS)", () => {
  it("describes the seeded folders and instances, and its routes", async () => {
    const target = testEmulator();
    const { body } = await target.json("GET", "/_emulator");
    expect(body.folders.some((folder: any) => folder.forbidden)).toBe(true);
    expect(body.instances.length).toBeGreaterThan(3);
    expect(body.routes.join("\n")).toContain("POST /_emulator/faults");
  });

  it("reset goes back to the seed", async () => {
    const target = testEmulator({ operations: { delete: { durationMs: 0 } } });
    const { computeBackup, readableFolder } = seeded(target.emulator);
    const before = target.emulator.snapshot();
    await target.json(
      "DELETE",
      `/backup/v1/backups/${computeBackup.backup.computeInstanceId}/${computeBackup.backup.id}`,
    );
    expect(
      (await target.json("GET", `/backup/v1/backups/${computeBackup.backup.id}?folderId=${readableFolder.id}`)).status,
    ).toBe(404);
    expect((await target.json("POST", "/_emulator/reset")).status).toBe(200);
    expect(target.emulator.snapshot()).toEqual(before);
  });

  it("snapshot and restore over HTTP round-trip the state", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const { body: snapshot } = await target.json("GET", "/_emulator/snapshot");
    await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    expect(target.emulator.snapshot().operations).toHaveLength(1);
    expect((await target.json("POST", "/_emulator/restore", { body: snapshot })).status).toBe(200);
    expect(target.emulator.snapshot()).toEqual(snapshot);
  });

  it("refuses a snapshot of another version with a message that says what to do", async () => {
    const target = testEmulator();
    const { status, body } = await target.json("POST", "/_emulator/restore", { body: { version: 0 } });
    expect(status).toBe(400);
    expect(body.message).toMatch(/version 0 is not supported .* take a new snapshot/);
  });

  it("moves the clock", async () => {
    const target = testEmulator();
    const { body } = await target.json("POST", "/_emulator/clock/advance", { body: { ms: 60_000 } });
    expect(body).toEqual({ now: "2026-11-01T00:01:00.000Z", manual: true });
    expect((await target.json("POST", "/_emulator/clock/advance", { body: { ms: -1 } })).status).toBe(400);
  });

  it("adds, lists and clears faults, refusing a bad rule with 400", async () => {
    const target = testEmulator();
    const { body: added } = await target.json("POST", "/_emulator/faults", {
      body: { operationId: "get", status: 503, times: 1 },
    });
    expect(added.id).toBeGreaterThan(0);
    expect((await target.json("GET", "/_emulator/faults")).body.faults).toHaveLength(1);
    const bad = await target.json("POST", "/_emulator/faults", { body: { status: 42 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/status must be/);
    await target.json("DELETE", "/_emulator/faults");
    expect((await target.json("GET", "/_emulator/faults")).body.faults).toEqual([]);
  });

  it("answers an unknown control route with 404 pointing at the index", async () => {
    const target = testEmulator();
    const { status, body } = await target.json("POST", "/_emulator/explode");
    expect(status).toBe(404);
    expect(body.message).toContain("GET /_emulator");
  });

  it("removes one fault by id, and 404s an id it does not hold", async () => {
    const target = testEmulator();
    const { body: first } = await target.json("POST", "/_emulator/faults", {
      body: { operationId: "get", status: 503 },
    });
    const { body: second } = await target.json("POST", "/_emulator/faults", {
      body: { operationId: "list", status: 503 },
    });
    expect((await target.json("DELETE", `/_emulator/faults/${first.id}`)).body).toEqual({ removed: first.id });
    expect((await target.json("GET", "/_emulator/faults")).body.faults.map((fault: any) => fault.id)).toEqual([
      second.id,
    ]);
    expect((await target.json("DELETE", `/_emulator/faults/${first.id}`)).status).toBe(404);
  });
});
