// A resource keeps its newest TASKS_KEPT_PER_RESOURCE tasks: adding one beyond drops the oldest finished one,
// from the listing and its pages; a running task stays; the seed keeps each instance within the bound too.
import { describe, expect, it } from "vitest";
import { TASKS_KEPT_PER_RESOURCE } from "../../src/kept-state/kept-state-rules.js";
import { generateSeed } from "../../src/seed/generate-seed.js";
import { testEmulator } from "../support/emulator.js";
import { stateWithFullTaskList, unappliedPolicy } from "../support/full-task-list.js";
import { newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { allTasks } from "../support/tasks.js";

describe("tasks kept per resource", () => {
  it("is the newest 1,000", () => {
    expect(TASKS_KEPT_PER_RESOURCE).toBe(1_000);
  });

  it("a new task beyond the bound drops the oldest one from the listing", async () => {
    const { backupless, state } = seeded(testEmulator().emulator);
    const target = testEmulator({ state: stateWithFullTaskList(state, backupless.id) });
    const before = await allTasks(target, backupless.id, 200);
    expect(before).toHaveLength(TASKS_KEPT_PER_RESOURCE);
    const policy = unappliedPolicy(state, backupless.id);
    const apply = await target.json("POST", `/backup/v1/policies/${policy.id}:apply`, {
      body: { computeInstanceId: backupless.id },
      headers: { "idempotency-key": newKey() },
    });
    expect(apply.status).toBe(200);
    const after = await allTasks(target, backupless.id, 200);
    expect(after).toHaveLength(TASKS_KEPT_PER_RESOURCE);
    expect(after[0]).toMatchObject({ type: "APPLY_POLICY", status: "STARTED" });
    expect(after.slice(1)).toEqual(before.slice(0, -1));
    expect(target.emulator.snapshot().tasks.some((record) => record.task.id === before.at(-1).id)).toBe(false);
  });

  it("the seed keeps each instance's newest backups' tasks, at most 1,000, numbered as before", () => {
    const state = generateSeed({ backups: 10_000 });
    const perInstance = new Map<string, number>();
    for (const record of state.tasks)
      perInstance.set(record.task.computeInstanceId, (perInstance.get(record.task.computeInstanceId) ?? 0) + 1);
    expect(Math.max(...perInstance.values())).toBe(TASKS_KEPT_PER_RESOURCE);
    for (const [instanceId, count] of perInstance) {
      const backups = state.backups.filter((record) => record.backup.computeInstanceId === instanceId);
      expect(count).toBe(Math.min(backups.length, TASKS_KEPT_PER_RESOURCE));
      const newest = backups.sort((left, right) => left.seq - right.seq).slice(-count);
      const tasks = state.tasks.filter((record) => record.task.computeInstanceId === instanceId);
      expect(tasks.map((record) => record.task.id)).toEqual(newest.map((record) => String(record.seq + 1)));
    }
    expect(state.nextTaskSeq).toBe(state.backups.length + 1);
  });
});
