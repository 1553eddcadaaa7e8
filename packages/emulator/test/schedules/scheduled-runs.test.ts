// What a scheduled run hands back (so that a caller can record a BACKUP and a RETENTION task from it): the
// backup made, the retention pass with the backups it removed, the times; and a skipped run with its reason.
import { describe, expect, it } from "vitest";
import { OperationRunner } from "../../src/operations/operation-runner.js";
import { resolveTimings } from "../../src/operations/timing.js";
import { policySettings } from "../../src/policies/policy-settings.js";
import { Scheduler } from "../../src/schedules/scheduler.js";
import { DEFAULT_SEED_FOLDER_ID, generateSeed } from "../../src/seed/generate-seed.js";
import { MemoryStore } from "../../src/state/store.js";
import { createClock } from "../../src/time/clock.js";

const START = Date.parse("2026-11-01T00:00:00Z");
const HOUR_MS = 3_600_000;

function setUp() {
  const store = new MemoryStore(generateSeed());
  const clock = createClock({ manual: true, startAt: START });
  const operations = new OperationRunner(store, clock, resolveTimings(undefined));
  const scheduler = new Scheduler(store, operations);
  store.setSchedulesRunUpTo(START);
  const instance = [...store.instances.values()].find(
    (entry) =>
      entry.folderId === DEFAULT_SEED_FOLDER_ID &&
      entry.kind === "COMPUTE" &&
      store.resources.get(entry.id)?.resource.online === true,
  )!;
  const policy = {
    id: "cbqscheduledruns0001",
    folderId: DEFAULT_SEED_FOLDER_ID,
    name: "every hour",
    createdAt: "2026-10-01T00:00:00Z",
    updatedAt: "2026-10-01T00:00:00Z",
    enabled: true,
    settings: policySettings({ period: "HOURLY", everyHours: 1, hour: 0, maxCount: 2, scheme: "ALWAYS_INCREMENTAL" }),
  };
  store.putPolicy(policy);
  store.putApplication({
    policyId: policy.id,
    computeInstanceId: instance.id,
    enabled: true,
    status: "OK",
    createdAt: "2026-10-01T00:00:00Z",
    isProcessing: false,
  });
  return { store, scheduler, operations, policy, instance };
}

describe("Scheduler.runUpTo", () => {
  it("returns each run in time order: the backup, the retention pass and what it removed", () => {
    const { store, scheduler, policy, instance } = setUp();
    const runs = scheduler.runUpTo(START + 3 * HOUR_MS).filter((run) => run.policyId === policy.id);
    expect(runs.map((run) => run.atMs)).toEqual([START + HOUR_MS, START + 2 * HOUR_MS, START + 3 * HOUR_MS]);
    expect(runs.every((run) => run.computeInstanceId === instance.id && run.skipped === undefined)).toBe(true);
    expect(runs.map((run) => run.run!.backup.createdAtMs)).toEqual(runs.map((run) => run.atMs));
    expect(runs.map((run) => run.run!.retention.removed.length)).toEqual([0, 0, 1]);
    const removed = runs[2]!.run!.retention.removed[0]!;
    expect(removed).toBe(runs[0]!.run!.backup);
    expect(store.backups.has(removed.backup.id)).toBe(false);
    expect(runs[2]!.run!.retention.atMs).toBe(START + 3 * HOUR_MS);
    expect(store.schedulesRunUpTo).toBe(START + 3 * HOUR_MS);
    // Nothing twice: the clock where it was runs nothing more.
    expect(scheduler.runUpTo(START + 3 * HOUR_MS)).toEqual([]);
  });

  it("a run due while an execution works on the instance is returned skipped, with why", () => {
    const { scheduler, operations, policy, instance } = setUp();
    operations.startExecutePolicy(policy, instance.id, { subjectId: "test" } as any);
    const [run] = scheduler.runUpTo(START + HOUR_MS).filter((entry) => entry.policyId === policy.id);
    expect(run).toEqual({
      policyId: policy.id,
      computeInstanceId: instance.id,
      atMs: START + HOUR_MS,
      skipped: "the instance is busy with an execution or a recovery",
    });
  });
});

describe("a state's schedulesRunUpTo", () => {
  it("is refused with a message naming it when it is not a time", () => {
    const state = { ...generateSeed(), schedulesRunUpTo: "yesterday" };
    expect(() => new MemoryStore(state)).toThrow(
      'emulator state: schedulesRunUpTo must be an RFC 3339 time or null, got "yesterday"',
    );
  });
});
