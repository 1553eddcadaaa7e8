import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { walkBackupIds } from "../support/walk-backups.js";

const EXECUTE_METADATA = "type.googleapis.com/yandex.cloud.backup.v1.ExecuteMetadata";

const post = (target: TestEmulator, path: string, body: unknown, key = newKey()) =>
  target.json("POST", path, { body, headers: { "idempotency-key": key } });
const execute = (target: TestEmulator, policyId: string, computeInstanceId: string, key?: string) =>
  post(target, `/backup/v1/policies/${policyId}:execute`, { computeInstanceId }, key);

/** The default folder's spare instance (no backups), with one of the folder's unapplied policies applied to it. */
async function appliedPair(target: TestEmulator) {
  const found = seeded(target.emulator);
  const policy = found.state.policies.find(
    (entry) =>
      entry.folderId === DEFAULT_SEED_FOLDER_ID &&
      !found.state.applications.some((application) => application.policyId === entry.id),
  )!;
  const instance = found.backupless;
  expect(instance.folderId).toBe(DEFAULT_SEED_FOLDER_ID);
  const applied = await post(target, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id });
  expect(applied.status).toBe(200);
  await finish(target, applied.body.id);
  return { ...found, policy, instance };
}

async function listed(target: TestEmulator, query: string): Promise<string[]> {
  const { status, body } = await target.json("GET", `/backup/v1/backups?${query}&pageSize=1000`);
  expect(status).toBe(200);
  return (body.backups ?? []).map((backup: any) => backup.id);
}

describe("executePolicy", () => {
  it("400 FAILED_PRECONDITION when the policy is not applied to the instance", async () => {
    const target = testEmulator();
    const { state, backupless } = seeded(target.emulator);
    const policy = state.policies.find((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID)!;
    const answer = await execute(target, policy.id, backupless.id);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(9);
    expect(answer.body.message).toContain("not applied");
  });

  it("an Operation whose progress grows while the resource reads BACKUPING; then a FULL backup in a new archive, listed by every selector", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    const before = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    const started = await execute(target, policy.id, instance.id);
    expect(started.status).toBe(200);
    expect(started.body.done ?? false).toBe(false);
    expect(started.body.metadata).toEqual({
      "@type": EXECUTE_METADATA,
      policyId: policy.id,
      computeInstanceId: instance.id,
    });
    // A second one on the same instance waits for the first.
    expect((await execute(target, policy.id, instance.id)).body.code).toBe(10);

    target.emulator.clock.advance(1_000);
    const early = (await target.json("GET", `/operations/${started.body.id}`)).body;
    expect(early.done ?? false).toBe(false);
    expect(early.metadata.progressPercentage).toBe(20);
    const backingUp = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(backingUp).toMatchObject({ status: "BACKUPING", statusProgress: "20" });
    target.emulator.clock.advance(2_000);
    const later = (await target.json("GET", `/operations/${started.body.id}`)).body;
    expect(later.metadata.progressPercentage).toBe(60);
    expect(await listed(target, `computeInstanceId=${instance.id}`)).toEqual([]);

    const done = await finish(target, started.body.id);
    expect(done.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
    expect(done.metadata.progressPercentage).toBe(100);
    const [backupId] = await listed(target, `computeInstanceId=${instance.id}`);
    const backup = (await target.json("GET", `/backup/v1/backups/${backupId}?folderId=${instance.folderId}`)).body;
    expect(backup).toMatchObject({ computeInstanceId: instance.id, policyId: policy.id, type: "FULL" });
    expect(backup.disks.length).toBeGreaterThan(0);
    expect(Number(backup.backedUpDataSize)).toBe(Number(backup.originalDataSize));

    const archives = (await target.json("GET", `/backup/v1/backups/${instance.id}/archives`)).body.archives;
    expect(archives).toHaveLength(1);
    expect(archives[0]).toMatchObject({
      id: backup.archiveId,
      computeInstanceId: instance.id,
      backupPlanId: policy.id,
    });
    // The policy's rule `[Machine Name]-[Plan ID]-[Unique ID]a`.
    expect(archives[0].name).toMatch(new RegExp(`^${instance.name}-${policy.id}-[0-9a-f]{8}a$`));

    const resource = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(resource.status).not.toBe("BACKUPING");
    expect(resource.lastBackupTime).toBe(backup.createdAt);
    expect(resource.lastBackupTime).not.toBe(before.lastBackupTime);

    for (const query of [
      `folderId=${instance.folderId}`,
      `computeInstanceId=${instance.id}`,
      `archive.archiveId=${backup.archiveId}&archive.folderId=${instance.folderId}`,
      `instancePolicy.computeInstanceId=${instance.id}&instancePolicy.policyId=${policy.id}`,
      `instancePolicy.policyId=${policy.id}`,
      `resourceId=${backup.resourceId}`,
      `policyId=${policy.id}`,
      `backup.backupId=${backup.id}&backup.folderId=${instance.folderId}`,
    ]) {
      expect(await listed(target, query), query).toContain(backup.id);
    }
    const tasks = (await target.json("GET", `/backup/v1/resources/${instance.id}/tasks`)).body.tasks;
    // Newest first: the backup, then the application that allowed it.
    expect(tasks).toEqual([
      expect.objectContaining({ type: "BACKUP", policyId: policy.id, resultCode: "OK" }),
      expect.objectContaining({ type: "APPLY_POLICY", policyId: policy.id, resultCode: "OK" }),
    ]);
  });

  it("an incremental scheme: FULL first, then INCREMENTAL in the same archive; page tokens walk both", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    expect(policy.settings.scheduling.scheme).toBe("ALWAYS_INCREMENTAL");
    const first = await execute(target, policy.id, instance.id);
    await finish(target, first.body.id);
    const second = await execute(target, policy.id, instance.id);
    await finish(target, second.body.id);
    const ids = await walkBackupIds(target, `computeInstanceId=${instance.id}`);
    expect(ids).toHaveLength(2);
    const backups = await Promise.all(
      ids.map(async (id) => (await target.json("GET", `/backup/v1/backups/${id}?folderId=${instance.folderId}`)).body),
    );
    const [full, incremental] = backups.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(full.type).toBe("FULL");
    expect(incremental.type).toBe("INCREMENTAL");
    expect(incremental.archiveId).toBe(full.archiveId);
    expect(incremental.disks).toEqual(full.disks);
    expect(Number(incremental.backedUpDataSize)).toBeLessThan(Number(full.backedUpDataSize));
    const folderIds = await walkBackupIds(target, `folderId=${instance.folderId}`);
    expect(folderIds).toEqual(expect.arrayContaining(ids));
    expect(new Set(folderIds).size).toBe(folderIds.length);
    const archives = (await target.json("GET", `/backup/v1/backups/${instance.id}/archives`)).body.archives;
    expect(archives).toHaveLength(1);
    expect(archives[0].lastBackupCreatedAt).toBe(incremental.createdAt);
    expect(BigInt(archives[0].dataSize)).toBe(BigInt(full.backedUpDataSize) + BigInt(incremental.backedUpDataSize));
    const resource = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(resource.lastBackupTime).toBe(incremental.createdAt);
  });

  it("a failing execution (operationError): the operation fails, no backup, the resource FAILED with statusDetails", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    target.emulator.faults.add({
      operationId: "executePolicy",
      operationError: { code: "INTERNAL", message: "agent lost the disk" },
      times: 1,
    });
    const started = await execute(target, policy.id, instance.id);
    expect(started.status).toBe(200);
    const done = await finish(target, started.body.id);
    expect(done.error).toMatchObject({ code: 13, message: "agent lost the disk" });
    expect(done.response).toBeUndefined();
    expect(await listed(target, `computeInstanceId=${instance.id}`)).toEqual([]);
    expect((await target.json("GET", `/backup/v1/backups/${instance.id}/archives`)).body.archives ?? []).toEqual([]);
    const resource = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(resource.status).toBe("FAILED");
    expect(resource.statusDetails).toContain("agent lost the disk");
    // The next run succeeds and clears it.
    await finish(target, (await execute(target, policy.id, instance.id)).body.id);
    const after = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(after.status).not.toBe("FAILED");
    expect(after.statusDetails).toBeUndefined();
  });

  it("an Idempotency-Key repeat answers the same Operation and starts nothing more", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    const key = newKey();
    const first = await execute(target, policy.id, instance.id, key);
    const again = await execute(target, policy.id, instance.id, key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    await finish(target, first.body.id);
    expect(await listed(target, `computeInstanceId=${instance.id}`)).toHaveLength(1);
  });
});
