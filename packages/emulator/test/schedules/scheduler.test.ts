// The scheduler over the API: a week's jump runs a week of schedules in time order across policies and
// instances; what does not run (disabled, revoked, busy); nextBackupTime; the scheme's FULL and INCREMENTAL;
// no catch-up of runs missed before the state was loaded.
import { describe, expect, it } from "vitest";
import { generateSeed } from "../../src/seed/generate-seed.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish } from "../support/policies.js";
import {
  advanceTo,
  applyNewPolicy,
  backupsOf,
  clock,
  createdTimes,
  DAY_MS,
  policyBody,
  send,
} from "../support/schedules.js";
import { seeded } from "../support/seeded.js";

const daily = (...times: Array<[number, number?]>) => ({
  backupSets: [
    { time: { type: "DAILY", repeatAt: times.map(([hour, minute]) => clock(hour, minute)) }, type: "TYPE_AUTO" },
  ],
});

/** Two online COMPUTE instances of the default folder: the spare one (no backups) and another. */
function twoInstances(target: TestEmulator) {
  const found = seeded(target.emulator);
  const other = found.state.resources.find(
    (record) =>
      record.folderId === DEFAULT_SEED_FOLDER_ID &&
      record.resource.online &&
      record.resource.type === "COMPUTE" &&
      record.resource.computeInstanceId !== found.backupless.id,
  )!;
  return [found.backupless.id, other.resource.computeInstanceId] as const;
}

const nextBackupTimeOf = async (target: TestEmulator, instanceId: string) =>
  (await target.json("GET", `/backup/v1/resources/${instanceId}`)).body.resource.nextBackupTime as string | undefined;

describe("the scheduler", () => {
  it("a week's jump runs a week of schedules, in time order across two policies and two instances", async () => {
    const target = testEmulator();
    const [first, second] = twoInstances(target);
    const early = await applyNewPolicy(target, daily([3], [15]), [first, second]);
    const late = await applyNewPolicy(target, daily([9, 30]), [first, second]);
    const seqBefore = target.emulator.snapshot().nextSeq;
    target.emulator.clock.advance(7 * DAY_MS);

    for (const instance of [first, second]) {
      expect((await createdTimes(target, instance, early)).length).toBe(14);
      expect((await createdTimes(target, instance, late)).length).toBe(7);
      expect((await createdTimes(target, instance, late))[0]).toBe("2026-11-01T09:30:00Z");
    }
    // Made in time order: the insertion order (seq) of the new backups follows their createdAt.
    const made = target.emulator
      .snapshot()
      .backups.filter((record) => record.seq >= seqBefore && [early, late].includes(record.backup.policyId));
    expect(made.length).toBe(42);
    const bySeq = [...made].sort((a, b) => a.seq - b.seq).map((record) => record.createdAtMs);
    expect(bySeq).toEqual([...bySeq].sort((a, b) => a - b));
    // The newest backup is the resource's lastBackupTime; the next run its nextBackupTime.
    const resource = (await target.json("GET", `/backup/v1/resources/${first}`)).body.resource;
    expect(resource.lastBackupTime).toBe("2026-11-07T15:00:00.000Z");
    expect(resource.nextBackupTime).toBe("2026-11-08T03:00:00.000Z");
  });

  it("the first backup of a chain is FULL, then the scheme decides: ALWAYS_INCREMENTAL, ALWAYS_FULL, WEEKLY_FULL_DAILY_INCREMENTAL, CUSTOM", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const incremental = await applyNewPolicy(target, daily([1]), [instance]);
    const full = await applyNewPolicy(target, { ...daily([2]), scheme: "ALWAYS_FULL" }, [instance]);
    // weeklyBackupDay is MONDAY in the example: 2026-11-02 and 2026-11-09.
    const weekly = await applyNewPolicy(target, { ...daily([4]), scheme: "WEEKLY_FULL_DAILY_INCREMENTAL" }, [instance]);
    const custom = await applyNewPolicy(
      target,
      {
        scheme: "CUSTOM",
        backupSets: [
          { time: { type: "WEEKLY", weekdays: ["THURSDAY"], repeatAt: [clock(5)] }, type: "TYPE_FULL" },
          { time: { type: "DAILY", repeatAt: [clock(6)] }, type: "TYPE_INCREMENTAL" },
        ],
      },
      [instance],
    );
    advanceTo(target, "2026-11-10T00:00:00Z");
    const types = async (policyId: string) =>
      (await backupsOf(target, instance, policyId)).map(
        (backup) => `${backup.createdAt.slice(8, 10)}${backup.type[0]}`,
      );
    expect(await types(incremental)).toEqual(["01F", "02I", "03I", "04I", "05I", "06I", "07I", "08I", "09I"]);
    expect(await types(full)).toEqual(["01F", "02F", "03F", "04F", "05F", "06F", "07F", "08F", "09F"]);
    expect(await types(weekly)).toEqual(["01F", "02F", "03I", "04I", "05I", "06I", "07I", "08I", "09F"]);
    expect(await types(custom)).toEqual(["01F", "02I", "03I", "04I", "05F", "05I", "06I", "07I", "08I", "09I"]);
  });

  it("a policy or its scheduling disabled, an application revoked, an offline instance: no run, no nextBackupTime", async () => {
    const target = testEmulator();
    const [first, second] = twoInstances(target);
    const offline = target.emulator.snapshot().resources.find((record) => !record.resource.online)!;
    const paused = await applyNewPolicy(target, { ...daily([1]), enabled: false }, [first]);
    const revoked = await applyNewPolicy(target, daily([1]), [second]);
    const pausedLater = await applyNewPolicy(target, daily([2]), [first]);
    expect(await nextBackupTimeOf(target, second)).toBe("2026-11-01T01:00:00.000Z");
    expect(await nextBackupTimeOf(target, first)).toBe("2026-11-01T02:00:00.000Z");

    const revoking = await send(target, "POST", `/backup/v1/policies/${revoked}:revoke`, { computeInstanceId: second });
    await finish(target, revoking.body.id);
    advanceTo(target, "2026-11-01T12:00:00Z");
    expect(await createdTimes(target, first, pausedLater)).toEqual(["2026-11-01T02:00:00Z"]);
    const settings = policyBody({ ...daily([2]), enabled: false }).settings;
    const updating = await send(target, "PATCH", `/backup/v1/policies/${pausedLater}`, { settings });
    await finish(target, updating.body.id);
    target.emulator.clock.advance(3 * DAY_MS);

    expect(await createdTimes(target, first, paused)).toEqual([]);
    expect(await createdTimes(target, second, revoked)).toEqual([]);
    expect(await createdTimes(target, first, pausedLater)).toEqual(["2026-11-01T02:00:00Z"]);
    expect(await nextBackupTimeOf(target, first)).toBeUndefined();
    // The offline instance's seeded applications do not run either.
    const offlineBackups = target.emulator
      .snapshot()
      .backups.filter((record) => record.backup.computeInstanceId === offline.resource.computeInstanceId);
    expect(offlineBackups.every((record) => record.createdAtMs < Date.parse("2026-11-01T00:00:00Z"))).toBe(true);
    expect(await nextBackupTimeOf(target, offline.resource.computeInstanceId)).toBeUndefined();
  });

  it("nextBackupTime: the earliest next run of the resource's applications, in GET and in the listing", async () => {
    const target = testEmulator();
    const [first] = twoInstances(target);
    expect(await nextBackupTimeOf(target, first)).toBeUndefined();
    await applyNewPolicy(target, daily([20]), [first]);
    expect(await nextBackupTimeOf(target, first)).toBe("2026-11-01T20:00:00.000Z");
    await applyNewPolicy(target, daily([7]), [first]);
    expect(await nextBackupTimeOf(target, first)).toBe("2026-11-01T07:00:00.000Z");
    advanceTo(target, "2026-11-01T07:00:00Z");
    expect(await nextBackupTimeOf(target, first)).toBe("2026-11-01T20:00:00.000Z");
    const listed = (await target.json("GET", `/backup/v1/resources?folderId=${DEFAULT_SEED_FOLDER_ID}&pageSize=100`))
      .body.resources;
    expect(listed.find((resource: any) => resource.computeInstanceId === first).nextBackupTime).toBe(
      "2026-11-01T20:00:00.000Z",
    );
  });

  it("a run due while an execution backs up the instance is skipped, not queued", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(target, daily([2]), [instance]);
    advanceTo(target, "2026-11-01T01:59:58Z");
    const execution = await send(target, "POST", `/backup/v1/policies/${policyId}:execute`, {
      computeInstanceId: instance,
    });
    expect(execution.status).toBe(200);
    // 02:00:01: the execution (5 s) still runs when the 02:00 run comes due.
    advanceTo(target, "2026-11-01T02:00:01Z");
    expect(await createdTimes(target, instance, policyId)).toEqual([]);
    // The execution lands when the clock is next brought up to date after its end (here 02:01:01).
    target.emulator.clock.advance(60_000);
    target.emulator.clock.advance(DAY_MS);
    expect(await createdTimes(target, instance, policyId)).toEqual(["2026-11-01T02:01:01Z", "2026-11-02T02:00:00Z"]);
  });

  it("a scheduled backup clears the FAILED mark a failed execution left on the resource", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(target, daily([2]), [instance]);
    target.emulator.faults.add({
      operationId: "executePolicy",
      operationError: { code: "INTERNAL", message: "agent lost the disk" },
      times: 1,
    });
    const execution = await send(target, "POST", `/backup/v1/policies/${policyId}:execute`, {
      computeInstanceId: instance,
    });
    await finish(target, execution.body.id);
    expect((await target.json("GET", `/backup/v1/resources/${instance}`)).body.resource.status).toBe("FAILED");
    advanceTo(target, "2026-11-01T02:00:00Z");
    const resource = (await target.json("GET", `/backup/v1/resources/${instance}`)).body.resource;
    expect(resource.status).toBe("IDLE");
    expect(resource.statusDetails).toBeUndefined();
    expect(resource.lastBackupTime).toBe("2026-11-01T02:00:00.000Z");
  });

  it("runs missed before the state was loaded are skipped: a seed made long ago makes nothing at start", async () => {
    const state = generateSeed();
    const target = testEmulator({ state, clock: { manual: true, startAt: "2027-06-01T00:00:00Z" } });
    const snapshot = target.emulator.snapshot();
    expect(snapshot.backups.length).toBe(state.backups.length);
    expect(snapshot.schedulesRunUpTo).toBe("2027-06-01T00:00:00.000Z");
    // From there on, the seed's own applications run.
    target.emulator.clock.advance(DAY_MS);
    expect(target.emulator.snapshot().backups.length).toBeGreaterThan(state.backups.length);
  });
});
