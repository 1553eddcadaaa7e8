import { describe, expect, it } from "vitest";
import { LIST_SELECTORS as SELECTORS } from "../../src/spec/bundled-spec.js";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";
import { violationsOf } from "../support/violations.js";

describe("list: exactly one selector, read from the spec's x-selector marks", () => {
  it("knows the seven selectors of the reference", () => {
    expect(SELECTORS.map((selector) => selector.name)).toEqual([
      "computeInstanceId",
      "archive",
      "folderId",
      "instancePolicy",
      "resourceId",
      "policyId",
      "backup",
    ]);
  });

  it("400 when none is given, listing them", async () => {
    const { json } = testEmulator();
    const { status, body } = await json("GET", "/backup/v1/backups?pageSize=5");
    expect(status).toBe(400);
    expect(body.message).toMatch(/none was given/);
    expect(body.message).toContain("archive.archiveId + archive.folderId");
  });

  it("400 when two are given, naming both", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups?folderId=b1g&computeInstanceId=fhm");
    expect(
      violationsOf(body)
        .map((violation) => violation.field)
        .sort(),
    ).toEqual(["computeInstanceId", "folderId"]);
    expect(body.message).toContain("in conflict with");
  });

  it("no pageToken with the policyId selector", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups?policyId=cbq&pageToken=abc");
    expect(violationsOf(body)).toEqual([
      { field: "pageToken", description: "is not allowed with the policyId selector" },
    ]);
  });

  it("each of the seven selects the right backups", async () => {
    const { json, emulator } = testEmulator();
    const { computeBackup, readableFolder, state } = seeded(emulator);
    const { backup } = computeBackup;
    const ofSeed = (keep: (record: (typeof state.backups)[number]) => boolean) =>
      state.backups
        .filter(keep)
        .map((record) => record.backup.id)
        .sort();
    const listed = async (query: string) => {
      const { status, body } = await json("GET", `/backup/v1/backups?${query}&pageSize=1000`);
      expect(status).toBe(200);
      return (body.backups ?? []).map((item: any) => item.id).sort();
    };
    expect(await listed(`computeInstanceId=${backup.computeInstanceId}`)).toEqual(
      ofSeed((record) => record.backup.computeInstanceId === backup.computeInstanceId),
    );
    expect(await listed(`archive.archiveId=${backup.archiveId}&archive.folderId=${readableFolder.id}`)).toEqual(
      ofSeed((record) => record.backup.archiveId === backup.archiveId),
    );
    expect(await listed(`folderId=${readableFolder.id}`)).toEqual(
      ofSeed((record) => record.folderId === readableFolder.id),
    );
    expect(
      await listed(
        `instancePolicy.computeInstanceId=${backup.computeInstanceId}&instancePolicy.policyId=${backup.policyId}`,
      ),
    ).toEqual(
      ofSeed(
        (record) =>
          record.backup.computeInstanceId === backup.computeInstanceId && record.backup.policyId === backup.policyId,
      ),
    );
    expect(await listed(`instancePolicy.policyId=${backup.policyId}`)).toEqual(
      ofSeed((record) => record.backup.policyId === backup.policyId),
    );
    expect(await listed(`resourceId=${backup.resourceId}`)).toEqual(
      ofSeed((record) => record.backup.resourceId === backup.resourceId),
    );
    expect(await listed(`policyId=${backup.policyId}`)).toEqual(
      ofSeed((record) => record.backup.policyId === backup.policyId),
    );
    expect(await listed(`backup.backupId=${backup.id}&backup.folderId=${readableFolder.id}`)).toEqual([backup.id]);
  });

  it("404 for an archive or a backup that is not in the folder named", async () => {
    const { json, emulator } = testEmulator();
    const { computeBackup } = seeded(emulator);
    const archive = await json(
      "GET",
      `/backup/v1/backups?archive.archiveId=${computeBackup.backup.archiveId}&archive.folderId=b1gotherfolder0000000`,
    );
    expect(archive.status).toBe(404);
    expect(archive.body.message).toContain(computeBackup.backup.archiveId);
    const one = await json("GET", `/backup/v1/backups?backup.backupId=nope&backup.folderId=${computeBackup.folderId}`);
    expect(one.status).toBe(404);
  });
});
