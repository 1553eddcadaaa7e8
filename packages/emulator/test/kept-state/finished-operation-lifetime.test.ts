// A finished operation stays readable FINISHED_OPERATION_LIFETIME_MS after it finished, not a millisecond less;
// then GET and cancel answer 404 saying how long finished operations are kept. A running one is never forgotten.
import { describe, expect, it } from "vitest";
import { FINISHED_OPERATION_LIFETIME_MS, IDEMPOTENCY_KEY_LIFETIME_MS } from "../../src/kept-state/kept-state-rules.js";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

const DAY = 86_400_000;

describe("finished operations' lifetime", () => {
  it("is 30 days of the emulator's clock, longer than an Idempotency-Key's", () => {
    expect(FINISHED_OPERATION_LIFETIME_MS).toBe(30 * DAY);
    expect(IDEMPOTENCY_KEY_LIFETIME_MS).toBeLessThanOrEqual(FINISHED_OPERATION_LIFETIME_MS);
  });

  it("a finished operation is readable until 30 days after it finished, then 404 saying so", async () => {
    const target = testEmulator({ operations: { delete: { durationMs: 2_000 } } });
    const { computeBackup } = seeded(target.emulator);
    const { backup } = computeBackup;
    const started = await target.json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`);
    target.emulator.clock.advance(2_000);
    const done = await target.json("GET", `/operations/${started.body.id}`);
    expect(done.body.done).toBe(true);
    target.emulator.clock.advance(FINISHED_OPERATION_LIFETIME_MS - 1);
    expect((await target.json("GET", `/operations/${started.body.id}`)).body).toEqual(done.body);
    target.emulator.clock.advance(1);
    const gone = await target.json("GET", `/operations/${started.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.message).toBe(`Operation ${started.body.id} not found (finished operations are kept 30 days)`);
    const cancel = await target.json("GET", `/operations/${started.body.id}:cancel`);
    expect(cancel.status).toBe(404);
    expect(cancel.body.message).toMatch(/finished operations are kept 30 days/);
    expect(target.emulator.snapshot().operations).toEqual([]);
  });

  it("counts from when it finished, not from when it started", async () => {
    const target = testEmulator({ operations: { recovery: { completeAfterPolls: 2 } } });
    const { computeBackup } = seeded(target.emulator);
    const started = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    // Still running after 40 days: never forgotten, whatever its age.
    target.emulator.clock.advance(40 * DAY);
    const running = await target.json("GET", `/operations/${started.body.id}`);
    expect(running.status).toBe(200);
    expect(running.body.done).toBeUndefined();
    const finished = await target.json("GET", `/operations/${started.body.id}`);
    expect(finished.body.done).toBe(true);
    target.emulator.clock.advance(FINISHED_OPERATION_LIFETIME_MS - 1);
    expect((await target.json("GET", `/operations/${started.body.id}`)).status).toBe(200);
    target.emulator.clock.advance(1);
    expect((await target.json("GET", `/operations/${started.body.id}`)).status).toBe(404);
  });
});
