// The tasks a policy's scheduled runs leave: a BACKUP task for each run, as long as storing its backup takes, and
// a RETENTION task for each pass that removed backups (after the backup; before it with beforeBackup), in
// the order the agent did them. An execution's retention pass leaves one too.
import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { finish, newKey } from "../support/policies.js";
import { advanceTo, applyNewPolicy, backupsOf, clock } from "../support/schedules.js";
import { seeded } from "../support/seeded.js";

const dailyAtOne = { backupSets: [{ time: { type: "DAILY", repeatAt: [clock(1)] }, type: "TYPE_AUTO" }] };

async function tasksOf(target: TestEmulator, instance: string): Promise<any[]> {
  const { status, body } = await target.json("GET", `/backup/v1/resources/${instance}/tasks?pageSize=1000`);
  expect(status).toBe(200);
  return body.tasks ?? [];
}

/** The tasks of the policy, oldest first, as `type@enqueuedAt (progress)`. */
async function history(target: TestEmulator, instance: string, policyId: string): Promise<string[]> {
  return (await tasksOf(target, instance))
    .filter((task) => task.policyId === policyId && task.type !== "APPLY_POLICY")
    .reverse()
    .map(
      (task) =>
        `${task.type}@${task.enqueuedAt.slice(5, 16)} ${task.progress.current ?? 0}/${task.progress.total ?? 0}`,
    );
}

describe("tasks of scheduled runs and retention passes", () => {
  it("a BACKUP task per run, COMPLETED OK for the time its size takes; a RETENTION task when a pass removed backups", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(target, { ...dailyAtOne, retention: { rules: [{ maxCount: "2" }] } }, [
      instance,
    ]);
    advanceTo(target, "2026-11-04T12:00:00Z");
    const backups = await backupsOf(target, instance, policyId);
    expect(backups).toHaveLength(2);
    const sizes = new Map(backups.map((backup) => [backup.createdAt.slice(5, 16), backup.size]));
    const steps = await history(target, instance, policyId);
    expect(steps.map((step) => step.split(" ")[0])).toEqual([
      "BACKUP@11-01T01:00",
      "BACKUP@11-02T01:00",
      "BACKUP@11-03T01:00",
      "RETENTION@11-03T01:00",
      "BACKUP@11-04T01:00",
      "RETENTION@11-04T01:00",
    ]);
    expect(steps.filter((step) => step.startsWith("RETENTION"))).toEqual([
      "RETENTION@11-03T01:00 1/1",
      "RETENTION@11-04T01:00 1/1",
    ]);
    const newestBackupTask = (await tasksOf(target, instance)).find((task) => task.type === "BACKUP")!;
    expect(newestBackupTask).toMatchObject({
      status: "COMPLETED",
      resultCode: "OK",
      startedAt: "2026-11-04T01:00:00.000Z",
      progress: { current: sizes.get("11-04T01:00"), total: sizes.get("11-04T01:00") },
    });
    expect(Date.parse(newestBackupTask.completedAt)).toBeGreaterThanOrEqual(Date.parse("2026-11-04T01:01:00Z"));
  });

  it("with beforeBackup, the retention pass's task comes before its run's backup task", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(
      target,
      { ...dailyAtOne, retention: { rules: [{ maxCount: "1" }], beforeBackup: true } },
      [instance],
    );
    advanceTo(target, "2026-11-03T12:00:00Z");
    expect((await history(target, instance, policyId)).map((step) => step.split(" ")[0])).toEqual([
      "BACKUP@11-01T01:00",
      "BACKUP@11-02T01:00",
      "RETENTION@11-03T01:00",
      "BACKUP@11-03T01:00",
    ]);
  });

  it("an execution's retention pass leaves a RETENTION task beside the execution's own BACKUP task", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(
      target,
      { ...dailyAtOne, enabled: false, retention: { rules: [{ maxCount: "1" }] } },
      [instance],
    );
    for (let run = 0; run < 2; run++) {
      const execution = await target.json("POST", `/backup/v1/policies/${policyId}:execute`, {
        body: { computeInstanceId: instance },
        headers: { "idempotency-key": newKey() },
      });
      await finish(target, execution.body.id);
    }
    const types = (await history(target, instance, policyId)).map((step) => step.split("@")[0]);
    expect(types).toEqual(["BACKUP", "BACKUP", "RETENTION"]);
  });
});
