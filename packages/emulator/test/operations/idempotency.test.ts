import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

const KEY = "5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f";

describe("Idempotency-Key", () => {
  it("a repeated key with the same request returns the same Operation and starts nothing", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const send = () =>
      target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
        body: { computeInstanceId: computeBackup.backup.computeInstanceId },
        headers: { "idempotency-key": KEY },
      });
    const first = await send();
    const second = await send();
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(target.emulator.snapshot().operations).toHaveLength(1);
  });

  it("exactly one Operation under concurrent repeats", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const { backup } = computeBackup;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        target.json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`, {
          headers: { "idempotency-key": KEY },
        }),
      ),
    );
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(target.emulator.snapshot().operations).toHaveLength(1);
  });

  it("the same key on a different request is a 400 naming Idempotency-Key", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    const url = `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`;
    await target.json("POST", url, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
      headers: { "idempotency-key": KEY },
    });
    const { status, body } = await target.json("POST", url, {
      body: { computeInstanceId: backupless.id },
      headers: { "idempotency-key": KEY },
    });
    expect(status).toBe(400);
    expect(body.details[1].fieldViolations[0].field).toBe("Idempotency-Key");
    expect(body.message).toMatch(/already used for a different request/);
  });

  it("without a key, each request starts its own work", async () => {
    const target = testEmulator({ operations: { recovery: { durationMs: 0 } } });
    const { computeBackup } = seeded(target.emulator);
    const url = `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`;
    const first = await target.json("POST", url, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    const second = await target.json("POST", url, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(target.emulator.snapshot().operations).toHaveLength(2);
  });
});
