import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

describe("delete: deleted while it runs, gone once done", () => {
  it("reads deleted:true while the deletion runs, then 404 and out of every listing", async () => {
    const target = testEmulator({ operations: { delete: { durationMs: 2_000 } } });
    const { computeBackup, readableFolder } = seeded(target.emulator);
    const { backup } = computeBackup;
    const get = () => target.json("GET", `/backup/v1/backups/${backup.id}?folderId=${readableFolder.id}`);
    const listed = async () =>
      (
        await target.json("GET", `/backup/v1/backups?computeInstanceId=${backup.computeInstanceId}&pageSize=1000`)
      ).body.backups.map((item: any) => item.id);

    const { body: operation } = await target.json(
      "DELETE",
      `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`,
    );
    expect(operation.metadata).toEqual({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata",
      computeInstanceId: backup.computeInstanceId,
      backupId: backup.id,
    });
    expect((await get()).body.deleted).toBe(true);
    expect(await listed()).toContain(backup.id);

    target.emulator.clock.advance(2_000);
    // No poll needed: the deletion finishes on the clock, whoever asks next sees it.
    expect((await get()).status).toBe(404);
    expect(await listed()).not.toContain(backup.id);
    const { body: done } = await target.json("GET", `/operations/${operation.id}`);
    expect(done.done).toBe(true);
    expect(done.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
  });

  it("404 when the backup is not the instance's", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const { status, body } = await target.json(
      "DELETE",
      `/backup/v1/backups/fhmotherinstance0000/${computeBackup.backup.id}`,
    );
    expect(status).toBe(404);
    expect(body.message).toContain("fhmotherinstance0000");
  });

  it("refuses to delete a backup twice, or while it is being recovered", async () => {
    const target = testEmulator();
    const { computeBackup, liveBackups } = seeded(target.emulator);
    const { backup } = computeBackup;
    await target.json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`);
    const again = await target.json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe(10);

    const other = liveBackups.find(
      (record) => record.resourceType === "COMPUTE" && record.backup.computeInstanceId !== backup.computeInstanceId,
    )!;
    await target.json("POST", `/backup/v1/backups/${other.backup.id}:startRecovery`, {
      body: { computeInstanceId: other.backup.computeInstanceId },
    });
    const busy = await target.json("DELETE", `/backup/v1/backups/${other.backup.computeInstanceId}/${other.backup.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.message).toMatch(/busy with operation/);
  });

  it("a seeded tombstone (deleted: true) cannot be deleted again: FAILED_PRECONDITION", async () => {
    const target = testEmulator();
    const { deletedBackup } = seeded(target.emulator);
    const { backup } = deletedBackup!;
    const { status, body } = await target.json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`);
    expect(status).toBe(400);
    expect(body.code).toBe(9);
    expect(body.message).toContain("already deleted");
  });

  it("a recovery cannot start from a backup that is being deleted", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const { backup } = computeBackup;
    await target.json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`);
    const { status, body } = await target.json("POST", `/backup/v1/backups/${backup.id}:startRecovery`, {
      body: { computeInstanceId: backup.computeInstanceId },
    });
    expect(status).toBe(400);
    expect(body.code).toBe(9);
  });

  it("a deletion that fails leaves the backup live and listed", async () => {
    const target = testEmulator({ operations: { delete: { completeAfterPolls: 1 } } });
    const { computeBackup, readableFolder } = seeded(target.emulator);
    const { backup } = computeBackup;
    target.emulator.faults.add({ operationId: "delete", operationError: { code: "INTERNAL" }, times: 1 });
    const { body: started } = await target.json(
      "DELETE",
      `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`,
    );
    const { body: done } = await target.json("GET", `/operations/${started.id}`);
    expect(done).toMatchObject({ done: true, error: { code: 13 } });
    const { status, body } = await target.json("GET", `/backup/v1/backups/${backup.id}?folderId=${readableFolder.id}`);
    expect(status).toBe(200);
    expect(body.deleted).toBeUndefined();
  });
});
