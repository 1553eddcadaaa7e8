// The schedules' watermark survives a restart on the same SQLite file: a manual clock that starts again behind it
// makes no run twice, and runs resume once it passes the watermark. Acknowledged = committed: the runs a jump
// made and the watermark are in the file before the next answer.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator } from "../support/emulator.js";
import { advanceTo, applyNewPolicy, clock, createdTimes } from "../support/schedules.js";
import { seeded } from "../support/seeded.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-schedules-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("schedules across a restart on the same SQLite file", () => {
  it("keeps the watermark: no duplicate runs, and the next ones after it", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const instance = seeded(first.emulator).backupless.id;
    const shape = {
      backupSets: [{ time: { type: "DAILY", repeatAt: [clock(1)] }, type: "TYPE_AUTO" }],
      retention: { rules: [{ maxCount: "10" }] },
    };
    const policyId = await applyNewPolicy(first, shape, [instance]);
    advanceTo(first, "2026-11-03T00:00:00Z");
    const before = await createdTimes(first, instance, policyId);
    expect(before).toEqual(["2026-11-01T01:00:00Z", "2026-11-02T01:00:00Z"]);
    first.emulator.close();

    // The new manual clock starts at 2026-11-01 again, behind the watermark (2026-11-03).
    const second = testEmulator({ storage: openSqliteStorage(file) });
    expect(second.emulator.snapshot().schedulesRunUpTo).toBe("2026-11-03T00:00:00.000Z");
    expect(await createdTimes(second, instance, policyId)).toEqual(before);
    advanceTo(second, "2026-11-04T12:00:00Z");
    const after = await createdTimes(second, instance, policyId);
    expect(after).toEqual([...before, "2026-11-03T01:00:00Z", "2026-11-04T01:00:00Z"]);
    second.emulator.close();

    // Reopened with the clock ahead of the watermark: runs missed meanwhile are skipped, the watermark moves on.
    const third = testEmulator({
      storage: openSqliteStorage(file),
      clock: { manual: true, startAt: "2026-11-20T00:00:00Z" },
    });
    expect(await createdTimes(third, instance, policyId)).toEqual(after);
    expect(third.emulator.snapshot().schedulesRunUpTo).toBe("2026-11-20T00:00:00.000Z");
    third.emulator.clock.advance(86_400_000);
    expect((await createdTimes(third, instance, policyId)).at(-1)).toBe("2026-11-20T01:00:00Z");
    third.emulator.close();
  });
});
