// Stateful scenarios through @backup-api/client, in-process (fetch: emulator's), which only an emulator can pass.
import { BackupApiError, createBackupClient } from "@backup-api/client";
import { describe, expect, it } from "vitest";
import { createEmulator, type EmulatorOptions } from "../../src/index.js";
import { seeded } from "../support/seeded.js";
import { specCheckedFetch } from "../support/spec-checked-fetch.js";

function clientFor(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ clock: { manual: true }, ...options });
  const client = createBackupClient({
    iamToken: "t",
    baseUrl: "http://emulator.test",
    fetch: specCheckedFetch(emulator),
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  });
  return { emulator, client, seed: seeded(emulator) };
}

describe("the client against the emulator", () => {
  it("listAll walks thousands of backups, each once, newest first", async () => {
    const { client, seed } = clientFor({ seed: { backups: 3_000 } });
    const ids: string[] = [];
    let previous = Infinity;
    for await (const backup of client.backups.listAll({ folderId: seed.readableFolder.id, pageSize: 1000 })) {
      const time = Date.parse(backup.createdAt!);
      expect(time).toBeLessThanOrEqual(previous);
      previous = time;
      ids.push(backup.id);
    }
    const expected = seed.state.backups.filter((record) => record.folderId === seed.readableFolder.id).length;
    expect(expected).toBeGreaterThanOrEqual(3_000);
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it("recovers a backup through operations.wait to done, with growing progress", async () => {
    const { client, seed } = clientFor({ operations: { recovery: { completeAfterPolls: 4 } } });
    const { backup } = seed.computeBackup;
    const operation = await client.backups.startRecovery({
      backupId: backup.id,
      computeInstanceId: backup.computeInstanceId,
    });
    const progress: Array<number | undefined> = [];
    const done = await client.operations.wait(operation, {
      pollIntervalMs: 1,
      onProgress: (percent) => progress.push(percent),
    });
    expect(done.done).toBe(true);
    expect(done.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
    // proto3 leaves a progress of 0 out; the client fills the default back in.
    expect(progress).toEqual([0, 25, 50, 75, 100]);
  });

  it("a retried startRecovery (503 on the first attempt) starts one Operation", async () => {
    const { client, seed, emulator } = clientFor();
    emulator.faults.add({ operationId: "startRecovery", status: 503, times: 1 });
    const { backup } = seed.computeBackup;
    await client.backups.startRecovery({ backupId: backup.id, computeInstanceId: backup.computeInstanceId });
    expect(emulator.snapshot().operations).toHaveLength(1);
  });

  it("a lost answer (503 after the work) retried with the client's Idempotency-Key still starts one Operation", async () => {
    const { client, seed, emulator } = clientFor();
    emulator.faults.add({ operationId: "startRecovery", status: 503, afterHandling: true, times: 1 });
    const { backup } = seed.computeBackup;
    const operation = await client.backups.startRecovery({
      backupId: backup.id,
      computeInstanceId: backup.computeInstanceId,
    });
    expect(emulator.snapshot().operations.map((record) => record.operation.id)).toEqual([operation.id]);
  });

  it("delete, wait, then get: NOT_FOUND as a BackupApiError", async () => {
    const { client, seed } = clientFor({ operations: { delete: { completeAfterPolls: 1 } } });
    const { backup } = seed.computeBackup;
    const operation = await client.backups.delete({ computeInstanceId: backup.computeInstanceId, backupId: backup.id });
    await client.operations.wait(operation, { pollIntervalMs: 1 });
    const error = await client.backups
      .get({ backupId: backup.id, folderId: seed.readableFolder.id })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupApiError);
    expect((error as BackupApiError).codeName).toBe("NOT_FOUND");
    expect((error as BackupApiError).requestId).toBeTruthy();
  });

  it("paging while deleting: a walk never repeats a backup and never lists one whose deletion is done", async () => {
    const { client, seed, emulator } = clientFor({ seed: { backups: 500 }, operations: { delete: { durationMs: 0 } } });
    const victims = seed.liveBackups.slice(0, 60);
    const seen = new Set<string>();
    let deletedSoFar = 0;
    for await (const backup of client.backups.listAll({ folderId: seed.readableFolder.id, pageSize: 25 })) {
      expect(seen.has(backup.id)).toBe(false);
      seen.add(backup.id);
      if (seen.size % 25 === 0 && deletedSoFar < victims.length) {
        for (const victim of victims.slice(deletedSoFar, deletedSoFar + 10)) {
          await client.backups.delete({
            computeInstanceId: victim.backup.computeInstanceId,
            backupId: victim.backup.id,
          });
        }
        deletedSoFar += 10;
      }
    }
    const remaining = emulator.snapshot().backups.filter((record) => record.folderId === seed.readableFolder.id);
    const remainingIds = new Set(remaining.map((record) => record.backup.id));
    for (const victim of victims.slice(0, deletedSoFar)) expect(remainingIds.has(victim.backup.id)).toBe(false);
    for (const id of remainingIds) expect(seen.has(id)).toBe(true);
  });

  it("a bad call comes back as INVALID_ARGUMENT naming the field", async () => {
    const { client } = clientFor();
    const error = await client.raw.GET("/backup/v1/backups", {
      params: { query: { folderId: "b1g", pageSize: 5000 } },
    });
    expect(error.response.status).toBe(400);
    expect(JSON.stringify(error.error)).toContain("pageSize");
  });
});
