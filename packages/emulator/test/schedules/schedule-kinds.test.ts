// Each kind of schedule, applied through the API, makes its backups at exactly its times over one jump of the
// manual clock (the tests start at 2026-11-01T00:00Z, a Sunday; setting a policy up takes two minutes of clock).
import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { applyNewPolicy, advanceTo, clock, createdTimes, type PolicyShape } from "../support/schedules.js";
import { seeded } from "../support/seeded.js";

async function timesOf(shape: PolicyShape, until: string): Promise<string[]> {
  const target = testEmulator();
  const instance = seeded(target.emulator).backupless;
  const policyId = await applyNewPolicy(target, shape, [instance.id]);
  advanceTo(target, until);
  return createdTimes(target, instance.id, policyId);
}

const set = (time: any) => ({ time, type: "TYPE_AUTO" });

describe("schedules on the emulator's clock", () => {
  it("DAILY at several repeatAt times", async () => {
    const shape = { backupSets: [set({ type: "DAILY", repeatAt: [clock(6), clock(18, 15)] })] };
    expect(await timesOf(shape, "2026-11-03T06:00:00Z")).toEqual([
      "2026-11-01T06:00:00Z",
      "2026-11-01T18:15:00Z",
      "2026-11-02T06:00:00Z",
      "2026-11-02T18:15:00Z",
      "2026-11-03T06:00:00Z",
    ]);
  });

  it("WEEKLY on its weekdays", async () => {
    const shape = { backupSets: [set({ type: "WEEKLY", weekdays: ["TUESDAY", "FRIDAY"], repeatAt: [clock(1)] })] };
    expect(await timesOf(shape, "2026-11-14T00:00:00Z")).toEqual([
      "2026-11-03T01:00:00Z",
      "2026-11-06T01:00:00Z",
      "2026-11-10T01:00:00Z",
      "2026-11-13T01:00:00Z",
    ]);
  });

  it("MONTHLY on its month days and the last day of the month", async () => {
    const shape = {
      backupSets: [set({ type: "MONTHLY", monthdays: ["15"], includeLastDayOfMonth: true, repeatAt: [clock(4)] })],
    };
    expect(await timesOf(shape, "2027-01-01T00:00:00Z")).toEqual([
      "2026-11-15T04:00:00Z",
      "2026-11-30T04:00:00Z",
      "2026-12-15T04:00:00Z",
      "2026-12-31T04:00:00Z",
    ]);
  });

  it("months narrow a DAILY schedule", async () => {
    const shape = { backupSets: [set({ type: "DAILY", months: ["12"], repeatAt: [clock(0, 30)] })] };
    expect(await timesOf(shape, "2026-12-03T00:30:00Z")).toEqual([
      "2026-12-01T00:30:00Z",
      "2026-12-02T00:30:00Z",
      "2026-12-03T00:30:00Z",
    ]);
  });

  it("HOURLY repeatEvery within timeFrom–timeTo", async () => {
    const shape = {
      backupSets: [
        set({ type: "HOURLY", repeatEvery: { type: "HOURS", count: "2" }, timeFrom: clock(9), timeTo: clock(13) }),
      ],
    };
    expect(await timesOf(shape, "2026-11-02T10:00:00Z")).toEqual([
      "2026-11-01T09:00:00Z",
      "2026-11-01T11:00:00Z",
      "2026-11-01T13:00:00Z",
      "2026-11-02T09:00:00Z",
    ]);
  });

  it("sinceLastExecTime: a delay after the last run, the first one after the application", async () => {
    // The application is made at 00:01 (after a minute creating the policy).
    const shape = { backupSets: [{ sinceLastExecTime: { delay: { type: "HOURS", count: "8" } }, type: "TYPE_AUTO" }] };
    expect(await timesOf(shape, "2026-11-02T00:01:00Z")).toEqual([
      "2026-11-01T08:01:00Z",
      "2026-11-01T16:01:00Z",
      "2026-11-02T00:01:00Z",
    ]);
  });

  it("a schedule that never fires (the 31st of February) makes nothing and shows no nextBackupTime", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless;
    const shape = { backupSets: [set({ type: "MONTHLY", monthdays: ["31"], months: ["2"], repeatAt: [clock(1)] })] };
    const policyId = await applyNewPolicy(target, shape, [instance.id]);
    target.emulator.clock.advance(400 * 86_400_000);
    expect(await createdTimes(target, instance.id, policyId)).toEqual([]);
    const resource = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(resource.nextBackupTime).toBeUndefined();
  });
});
