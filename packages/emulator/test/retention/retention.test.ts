// Retention after each scheduled backup (before it with beforeBackup) and after executePolicy's: maxCount,
// maxAge, the backupSet selector; what it removes leaves every listing, page token walk and archive size as a
// finished deletion does. The tests start at 2026-11-01T00:00Z; a policy is set up within two minutes.
import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { finish } from "../support/policies.js";
import {
  advanceTo,
  applyNewPolicy,
  backupsOf,
  clock,
  createdTimes,
  send,
  type PolicyShape,
} from "../support/schedules.js";
import { seeded } from "../support/seeded.js";
import { walkBackupIds } from "../support/walk-backups.js";

const dailyAtOne = { backupSets: [{ time: { type: "DAILY", repeatAt: [clock(1)] }, type: "TYPE_AUTO" }] };

async function afterFiveDays(retention: PolicyShape["retention"]) {
  const target = testEmulator();
  const instance = seeded(target.emulator).backupless.id;
  const policyId = await applyNewPolicy(target, { ...dailyAtOne, retention }, [instance]);
  advanceTo(target, "2026-11-05T12:00:00Z");
  return { target, instance, policyId, times: await createdTimes(target, instance, policyId) };
}

describe("retention", () => {
  it("maxCount keeps the newest N; the others leave every listing, page walk and the archive's sizes", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(target, { ...dailyAtOne, retention: { rules: [{ maxCount: "3" }] } }, [
      instance,
    ]);
    advanceTo(target, "2026-11-03T12:00:00Z");
    const early = await backupsOf(target, instance, policyId);
    expect(early).toHaveLength(3);
    // A page token taken now, before retention removes the oldest, still walks on.
    const firstPage = (await target.json("GET", `/backup/v1/backups?computeInstanceId=${instance}&pageSize=1`)).body;
    advanceTo(target, "2026-11-05T12:00:00Z");

    const kept = await backupsOf(target, instance, policyId);
    expect(kept.map((backup) => backup.createdAt)).toEqual([
      "2026-11-03T01:00:00.000Z",
      "2026-11-04T01:00:00.000Z",
      "2026-11-05T01:00:00.000Z",
    ]);
    const keptIds = kept.map((backup) => backup.id).sort();
    expect((await walkBackupIds(target, `computeInstanceId=${instance}`)).sort()).toEqual(keptIds);
    const folderId = seeded(target.emulator).readableFolder.id;
    expect(
      (await walkBackupIds(target, `archive.folderId=${folderId}&archive.archiveId=${kept[0].archiveId}`)).sort(),
    ).toEqual(keptIds);
    const rest = await target.json(
      "GET",
      `/backup/v1/backups?computeInstanceId=${instance}&pageSize=10&pageToken=${encodeURIComponent(firstPage.nextPageToken)}`,
    );
    expect(rest.status).toBe(200);
    for (const removed of early.slice(0, 2)) {
      expect((await target.json("GET", `/backup/v1/backups/${removed.id}?folderId=${folderId}`)).status).toBe(404);
    }
    const archive = (await target.json("GET", `/backup/v1/backups/${instance}/archives`)).body.archives.find(
      (entry: any) => entry.id === kept[0].archiveId,
    );
    const sum = (field: string) => kept.reduce((total, backup) => total + BigInt(backup[field] ?? "0"), 0n);
    expect(BigInt(archive.size)).toBe(sum("backedUpDataSize"));
    expect(BigInt(archive.compressedDataSize)).toBe(sum("size"));
  });

  it("maxAge removes the backups older than it at the pass", async () => {
    const { times } = await afterFiveDays({ rules: [{ maxAge: { type: "DAYS", count: "2" } }] });
    // The pass of 11-05 01:00 keeps what is at most two days old.
    expect(times).toEqual(["2026-11-03T01:00:00Z", "2026-11-04T01:00:00Z", "2026-11-05T01:00:00Z"]);
  });

  it("beforeBackup applies the rules before the backup: maxCount 2 leaves 3 after it", async () => {
    const { times } = await afterFiveDays({ rules: [{ maxCount: "2" }], beforeBackup: true });
    expect(times).toEqual(["2026-11-03T01:00:00Z", "2026-11-04T01:00:00Z", "2026-11-05T01:00:00Z"]);
  });

  it("a rule for other backup sets (WEEKLY on a DAILY schedule) removes nothing; one for DAILY does", async () => {
    const weekly = await afterFiveDays({ rules: [{ backupSet: ["WEEKLY"], maxCount: "1" }] });
    expect(weekly.times).toHaveLength(5);
    const dailyRule = await afterFiveDays({ rules: [{ backupSet: ["DAILY", "MONTHLY"], maxCount: "1" }] });
    expect(dailyRule.times).toEqual(["2026-11-05T01:00:00Z"]);
  });

  it("a maxCount of 0 (proto3's 'not given') keeps everything", async () => {
    const { times } = await afterFiveDays({ rules: [{ maxCount: "0" }] });
    expect(times).toHaveLength(5);
  });

  it("applies after executePolicy's backup too", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const policyId = await applyNewPolicy(
      target,
      { ...dailyAtOne, enabled: false, retention: { rules: [{ backupSet: ["DAILY"], maxCount: "1" }] } },
      [instance],
    );
    for (let run = 0; run < 3; run++) {
      const started = await send(target, "POST", `/backup/v1/policies/${policyId}:execute`, {
        computeInstanceId: instance,
      });
      await finish(target, started.body.id);
    }
    const kept = await backupsOf(target, instance, policyId);
    expect(kept).toHaveLength(1);
    expect(kept[0].createdAt).toBe(new Date(target.emulator.clock.now()).toISOString());
  });
});
