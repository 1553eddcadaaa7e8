// The task log's one-step entry (`recordCompletedTask`, for scheduled backups and retention passes): a COMPLETED
// task with the times, progress and result given, the next number, in its instance's listing; bad input refused
// with a message naming what was wrong.
import { describe, expect, it } from "vitest";
import { generateSeed } from "../../src/seed/generate-seed.js";
import { MemoryStore } from "../../src/state/store.js";
import { recordCompletedTask } from "../../src/tasks/task-log.js";

const startedAtMs = Date.parse("2026-11-01T02:00:00Z");
const completedAtMs = Date.parse("2026-11-01T02:03:00Z");

describe("recordCompletedTask", () => {
  it("stores a COMPLETED task with the times, progress and result given, numbered next, listed on its instance", () => {
    const store = new MemoryStore(generateSeed({ backups: 10 }));
    const instanceId = store.instances.values().next().value!.id;
    const seq = store.nextTaskSeq;
    const record = recordCompletedTask(store, {
      type: "RETENTION",
      computeInstanceId: instanceId,
      policyId: "cbqretention000000001",
      startedAtMs,
      completedAtMs,
      progress: { current: "3", total: "3" },
      resultCode: "OK",
    });
    expect(record.task).toEqual({
      id: String(seq),
      cancellable: false,
      policyId: "cbqretention000000001",
      type: "RETENTION",
      progress: { current: "3", total: "3" },
      status: "COMPLETED",
      enqueuedAt: "2026-11-01T02:00:00.000Z",
      startedAt: "2026-11-01T02:00:00.000Z",
      updatedAt: "2026-11-01T02:03:00.000Z",
      completedAt: "2026-11-01T02:03:00.000Z",
      computeInstanceId: instanceId,
      resultCode: "OK",
      error: "",
    });
    expect(store.tasksOf(instanceId)).toContain(record);
    const failed = recordCompletedTask(store, {
      type: "BACKUP",
      computeInstanceId: instanceId,
      policyId: "cbqretention000000001",
      startedAtMs,
      completedAtMs,
      progress: { current: "0", total: "1000" },
      resultCode: "ERROR",
      error: "no space left in the vault",
    });
    expect(failed.task).toMatchObject({
      id: String(seq + 1),
      resultCode: "ERROR",
      error: "no space left in the vault",
    });
  });

  it("refuses an end before the start, and an ERROR without its error", () => {
    const store = new MemoryStore(generateSeed({ backups: 10 }));
    const base = {
      type: "BACKUP" as const,
      computeInstanceId: "x",
      policyId: "p",
      progress: { current: "0", total: "0" },
    };
    expect(() =>
      recordCompletedTask(store, { ...base, startedAtMs: completedAtMs, completedAtMs: startedAtMs, resultCode: "OK" }),
    ).toThrow(/completedAtMs .* is before startedAtMs/);
    expect(() => recordCompletedTask(store, { ...base, startedAtMs, completedAtMs, resultCode: "ERROR" })).toThrow(
      /ERROR task needs its error/,
    );
    expect(store.tasksOf("x")).toEqual([]);
  });
});
