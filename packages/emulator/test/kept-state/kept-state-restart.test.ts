// The rules hold across a restart on the same SQLite file: a key and a finished operation keep their times (the
// key still answers, then expires; the operation is still read, then is 404), what was forgotten is gone from the
// file, and a task dropped beyond the bound stays dropped.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FINISHED_OPERATION_LIFETIME_MS,
  IDEMPOTENCY_KEY_LIFETIME_MS,
  TASKS_KEPT_PER_RESOURCE,
} from "../../src/kept-state/kept-state-rules.js";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { stateWithFullTaskList, unappliedPolicy } from "../support/full-task-list.js";
import { newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { allTasks } from "../support/tasks.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-kept-state-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const KEY = "3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819";

describe("what the emulator keeps, across a restart on the same SQLite file", () => {
  it("keys and finished operations keep their times, and what expired is gone from the file", async () => {
    const file = join(directory, "keys.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const { computeBackup } = seeded(first.emulator);
    const send = (target: TestEmulator) =>
      target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
        body: { computeInstanceId: computeBackup.backup.computeInstanceId },
        headers: { "idempotency-key": KEY },
      });
    const started = (await send(first)).body.id;
    first.emulator.clock.advance(5_000);
    expect((await first.json("GET", `/operations/${started}`)).body.done).toBe(true);
    first.emulator.close();

    // The clock is not saved: the new manual clock starts again where the first one started.
    const second = testEmulator({ storage: openSqliteStorage(file) });
    expect((await send(second)).body.id).toBe(started);
    second.emulator.clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS);
    const renewed = (await send(second)).body.id;
    expect(renewed).not.toBe(started);
    second.emulator.clock.advance(5_000 + FINISHED_OPERATION_LIFETIME_MS - IDEMPOTENCY_KEY_LIFETIME_MS - 1);
    expect((await second.json("GET", `/operations/${started}`)).status).toBe(200);
    second.emulator.clock.advance(1);
    expect((await second.json("GET", `/operations/${started}`)).status).toBe(404);
    second.emulator.close();

    const storage = openSqliteStorage(file);
    const saved = storage.load()!;
    storage.close();
    expect(saved.operations.map((record) => record.operation.id)).toEqual([renewed]);
    // The renewed key expired too (its first use was over 24 h before the last clock move).
    expect(saved.idempotencyKeys).toEqual({});
  });

  it("a key's first use is saved and read back", async () => {
    const file = join(directory, "first-use.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const { computeBackup } = seeded(first.emulator);
    first.emulator.clock.advance(1_234);
    await first.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
      headers: { "idempotency-key": KEY },
    });
    const usedAt = first.emulator.clock.now();
    first.emulator.close();
    const second = testEmulator({ storage: openSqliteStorage(file) });
    expect(second.emulator.snapshot().idempotencyKeys[KEY]!.firstUsedAtMs).toBe(usedAt);
    second.emulator.close();
  });

  it("a task dropped beyond the bound stays dropped", async () => {
    const file = join(directory, "tasks.sqlite");
    const { backupless, state } = seeded(testEmulator().emulator);
    const first = testEmulator({
      state: stateWithFullTaskList(state, backupless.id),
      storage: openSqliteStorage(file),
    });
    const oldest = (await allTasks(first, backupless.id, 200)).at(-1);
    const policy = unappliedPolicy(state, backupless.id);
    const apply = await first.json("POST", `/backup/v1/policies/${policy.id}:apply`, {
      body: { computeInstanceId: backupless.id },
      headers: { "idempotency-key": newKey() },
    });
    expect(apply.status).toBe(200);
    const before = await allTasks(first, backupless.id, 200);
    first.emulator.close();

    const second = testEmulator({ storage: openSqliteStorage(file) });
    const after = await allTasks(second, backupless.id, 200);
    expect(after).toEqual(before);
    expect(after).toHaveLength(TASKS_KEPT_PER_RESOURCE);
    expect(after.some((task) => task.id === oldest.id)).toBe(false);
    second.emulator.close();
  });
});
