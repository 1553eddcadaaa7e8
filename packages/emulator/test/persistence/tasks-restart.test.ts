// Tasks survive a restart on the same SQLite file: finished ones as they ended, one in flight (an execution's
// BACKUP task) resumes with its operation and completes after, and the next task gets a number never used.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { finish, newKey, unappliedPolicies } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { taskPage } from "../support/tasks.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-tasks-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const post = (target: TestEmulator, path: string, body: unknown) =>
  target.json("POST", path, { body, headers: { "idempotency-key": newKey() } });

describe("tasks across a restart on the same SQLite file", () => {
  it("finished tasks stay as they ended; a task in flight completes after the restart; numbers are not reused", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const { state, backupless } = seeded(first.emulator);
    const policy = unappliedPolicies(state)[0]!;
    await finish(
      first,
      (await post(first, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: backupless.id })).body.id,
    );
    const running = await post(first, `/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: backupless.id });
    first.emulator.clock.advance(2_000);
    const before = (await taskPage(first, backupless.id)).tasks;
    expect(before.map((task: any) => [task.type, task.status])).toEqual([
      ["BACKUP", "STARTED"],
      ["APPLY_POLICY", "COMPLETED"],
    ]);
    expect(before[0].progress.current).toBe("40");
    first.emulator.close();

    const second = testEmulator({ storage: openSqliteStorage(file) });
    // The clock is not saved: the new manual clock starts again at the execution's start.
    expect((await taskPage(second, backupless.id)).tasks).toEqual(before);
    second.emulator.clock.advance(600_000);
    await finish(second, running.body.id);
    const after = (await taskPage(second, backupless.id)).tasks;
    expect(after[0]).toMatchObject({ id: before[0].id, type: "BACKUP", status: "COMPLETED", resultCode: "OK" });
    expect(after[1]).toEqual(before[1]);
    const revoke = await post(second, `/backup/v1/policies/${policy.id}:revoke`, { computeInstanceId: backupless.id });
    expect(revoke.status).toBe(200);
    const newest = (await taskPage(second, backupless.id, "?pageSize=1")).tasks[0];
    expect(newest.type).toBe("REVOKE_POLICY");
    expect(BigInt(newest.id)).toBeGreaterThan(BigInt(before[0].id));
    expect(second.emulator.snapshot().tasks.filter((task) => task.task.id === newest.id)).toHaveLength(1);
    second.emulator.close();
  });
});
