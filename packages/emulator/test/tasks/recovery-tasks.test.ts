// A recovery leaves a RECOVERY task on the target instance's resource (not on the source's), which reads
// RECOVERING meanwhile; the task follows the recovery's progress and ends OK, or ERROR on a failure fault.
import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { finish } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { newestTask, taskPage } from "../support/tasks.js";

const recover = (target: TestEmulator, backupId: string, computeInstanceId: string) =>
  target.json("POST", `/backup/v1/backups/${backupId}:startRecovery`, { body: { computeInstanceId } });

describe("tasks of a recovery", () => {
  it("a RECOVERY task on the target, STARTED while the target reads RECOVERING, then COMPLETED OK", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    const sourceId = computeBackup.backup.computeInstanceId;
    const sourceNewest = await newestTask(target, sourceId);
    const startedAt = new Date(target.emulator.clock.now()).toISOString();
    const started = await recover(target, computeBackup.backup.id, backupless.id);
    expect(started.status).toBe(200);

    target.emulator.clock.advance(2_500);
    const running = await newestTask(target, backupless.id);
    expect(running).toMatchObject({
      type: "RECOVERY",
      status: "STARTED",
      policyId: computeBackup.backup.policyId,
      computeInstanceId: backupless.id,
      enqueuedAt: startedAt,
      progress: { current: "50", total: "100" },
    });
    const resource = (await target.json("GET", `/backup/v1/resources/${backupless.id}`)).body.resource;
    expect(resource.status).toBe("RECOVERING");
    expect(resource.statusProgress).toBe("50");
    // The source instance's history is untouched.
    expect(await newestTask(target, sourceId)).toEqual(sourceNewest);

    await finish(target, started.body.id);
    const done = await newestTask(target, backupless.id);
    expect(done).toMatchObject({ id: running.id, status: "COMPLETED", resultCode: "OK", progress: { current: "100" } });
    expect(done.completedAt).toBe(new Date(target.emulator.clock.now()).toISOString());
    expect((await target.json("GET", `/backup/v1/resources/${backupless.id}`)).body.resource.status).toBe("IDLE");
  });

  it("a failing recovery (operationError) ends its task ERROR with the failure's message", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    target.emulator.faults.add({
      operationId: "startRecovery",
      operationError: { code: "INTERNAL", message: "target disk too small" },
      times: 1,
    });
    const started = await recover(target, computeBackup.backup.id, backupless.id);
    await finish(target, started.body.id);
    expect(await newestTask(target, backupless.id)).toMatchObject({
      type: "RECOVERY",
      status: "COMPLETED",
      resultCode: "ERROR",
      error: "target disk too small",
    });
  });

  it("onto an instance no longer registered: no task anywhere (its resource is gone)", async () => {
    const target = testEmulator();
    const { computeBackup, backupless, state } = seeded(target.emulator);
    const resourceId = state.resources.find((r) => r.resource.computeInstanceId === backupless.id)!.resource.resourceId;
    const deleted = await target.json("DELETE", `/backup/v1/resources/${backupless.id}?resourceId=${resourceId}`);
    await finish(target, deleted.body.id);
    const before = target.emulator.snapshot().tasks.length;
    await finish(target, (await recover(target, computeBackup.backup.id, backupless.id)).body.id);
    expect(target.emulator.snapshot().tasks.length).toBe(before);
    expect((await target.json("GET", `/backup/v1/resources/${backupless.id}/tasks`)).status).toBe(404);
    expect((await taskPage(target, computeBackup.backup.computeInstanceId)).tasks[0].type).toBe("BACKUP");
  });
});
