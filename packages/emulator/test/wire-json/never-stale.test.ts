// The kept wire JSON (src/state/wire-json-cache.ts) never shows a record as it was before a change: after each
// change, every listing and GET that shows the record answers what the state holds now. Each read first warms
// the texts, so a change whose invalidation is missing would be caught by the read after it.
import { describe, expect, it } from "vitest";
import type { EmulatorState } from "../../src/index.js";
import { toProto3Json } from "../../src/spec/bundled-spec.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { createPolicyBody, DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { allTasks } from "../support/tasks.js";

const send = (target: TestEmulator, method: string, path: string, body?: unknown) =>
  target.json(method, path, { ...(body !== undefined && { body }), headers: { "idempotency-key": newKey() } });

async function ok(target: TestEmulator, path: string): Promise<any> {
  const { status, body } = await target.json("GET", path);
  expect(status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  return body;
}

/** Every backup of the default folder, through every selector that reaches it and its GET, against the state. */
async function expectBackupsFresh(target: TestEmulator, state: EmulatorState): Promise<void> {
  const truth = new Map(
    state.backups
      .filter((record) => record.folderId === DEFAULT_SEED_FOLDER_ID)
      .map((record) => [record.backup.id, toProto3Json(record.backup, "Backup")]),
  );
  const folder = (await ok(target, `/backup/v1/backups?folderId=${DEFAULT_SEED_FOLDER_ID}&pageSize=1000`)).backups;
  expect(new Map(folder.map((backup: any) => [backup.id, backup]))).toEqual(truth);
  for (const backup of truth.values()) {
    const selectors = [
      `computeInstanceId=${backup.computeInstanceId}`,
      `archive.archiveId=${backup.archiveId}&archive.folderId=${DEFAULT_SEED_FOLDER_ID}`,
      `policyId=${backup.policyId}`,
      `resourceId=${backup.resourceId}`,
      `instancePolicy.computeInstanceId=${backup.computeInstanceId}&instancePolicy.policyId=${backup.policyId}`,
      `backup.backupId=${backup.id}&backup.folderId=${DEFAULT_SEED_FOLDER_ID}`,
    ];
    for (const selector of selectors) {
      const page = (await ok(target, `/backup/v1/backups?${selector}&pageSize=1000`)).backups;
      expect(
        page.find((item: any) => item.id === backup.id),
        selector,
      ).toEqual(backup);
    }
    expect(await ok(target, `/backup/v1/backups/${backup.id}?folderId=${DEFAULT_SEED_FOLDER_ID}`)).toEqual(backup);
  }
}

/** Every resource of the default folder in its listing as its GET shows it (the GET writes it anew each time). */
async function expectResourcesFresh(target: TestEmulator): Promise<any[]> {
  const resources = (await ok(target, `/backup/v1/resources?folderId=${DEFAULT_SEED_FOLDER_ID}&pageSize=1000`))
    .resources;
  for (const resource of resources) {
    expect((await ok(target, `/backup/v1/resources/${resource.computeInstanceId}`)).resource).toEqual(resource);
  }
  return resources;
}

/** Every task of every resource of the default folder, against the state. */
async function expectTasksFresh(target: TestEmulator, state: EmulatorState): Promise<void> {
  for (const record of state.resources.filter((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID)) {
    const { computeInstanceId } = record.resource;
    const truth = state.tasks
      .filter((task) => task.task.computeInstanceId === computeInstanceId)
      .map((task) => toProto3Json(task.task, "Task"));
    const listed = await allTasks(target, computeInstanceId, 1000);
    expect(new Map(listed.map((task) => [task.id, task]))).toEqual(new Map(truth.map((task) => [task.id, task])));
  }
}

/** Every policy of the default folder, through its listing and its GET, against the state. */
async function expectPoliciesFresh(target: TestEmulator, state: EmulatorState): Promise<void> {
  const truth = state.policies
    .filter((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)
    .map((policy) => toProto3Json(policy, "Policy"));
  const listed = (await ok(target, `/backup/v1/policies?folderId=${DEFAULT_SEED_FOLDER_ID}`)).policies ?? [];
  expect(new Map(listed.map((policy: any) => [policy.id, policy]))).toEqual(
    new Map(truth.map((policy) => [policy.id, policy])),
  );
  for (const policy of truth) expect(await ok(target, `/backup/v1/policies/${policy.id}`)).toEqual(policy);
}

async function expectAllFresh(target: TestEmulator): Promise<void> {
  const state = target.emulator.snapshot();
  await expectBackupsFresh(target, state);
  await expectResourcesFresh(target);
  await expectTasksFresh(target, state);
  await expectPoliciesFresh(target, state);
}

describe("kept wire JSON: a changed record is never answered stale", () => {
  it("a backup marked deleted, then its deletion cancelled, then deleted for good", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const { computeInstanceId, id } = computeBackup.backup;
    await expectAllFresh(target);

    const started = await target.json("DELETE", `/backup/v1/backups/${computeInstanceId}/${id}`);
    expect(started.status).toBe(200);
    expect(target.emulator.snapshot().backups.find((record) => record.backup.id === id)!.backup.deleted).toBe(true);
    await expectAllFresh(target);

    expect((await target.json("GET", `/operations/${started.body.id}:cancel`)).status).toBe(200);
    expect(target.emulator.snapshot().backups.find((record) => record.backup.id === id)!.backup.deleted).toBe(false);
    await expectAllFresh(target);

    const again = await target.json("DELETE", `/backup/v1/backups/${computeInstanceId}/${id}`);
    await finish(target, again.body.id);
    expect(target.emulator.snapshot().backups.some((record) => record.backup.id === id)).toBe(false);
    await expectAllFresh(target);
  });

  it("an execution: the resource BACKUPING and back to IDLE with its lastBackupTime, a new backup, its task progressing", async () => {
    const target = testEmulator();
    const { state, backupless: instance } = seeded(target.emulator);
    const policy = state.policies.find(
      (entry) =>
        entry.folderId === DEFAULT_SEED_FOLDER_ID &&
        !state.applications.some((application) => application.policyId === entry.id),
    )!;
    await finish(
      target,
      (await send(target, "POST", `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id })).body
        .id,
    );
    await expectAllFresh(target);

    const started = await send(target, "POST", `/backup/v1/policies/${policy.id}:execute`, {
      computeInstanceId: instance.id,
    });
    expect(started.status).toBe(200);
    const during = await expectResourcesFresh(target);
    expect(during.find((resource) => resource.computeInstanceId === instance.id).status).toBe("BACKUPING");
    await expectAllFresh(target);

    target.emulator.clock.advance(1_000);
    await target.json("GET", `/operations/${started.body.id}`);
    await expectAllFresh(target);

    await finish(target, started.body.id);
    const after = await expectResourcesFresh(target);
    const resource = after.find((entry) => entry.computeInstanceId === instance.id);
    expect(resource.status ?? "STATUS_UNSPECIFIED").not.toBe("BACKUPING");
    expect(resource.lastBackupTime).toBeDefined();
    await expectAllFresh(target);
  });

  it("a policy updated, and one created then deleted", async () => {
    const target = testEmulator();
    const policy = target.emulator.snapshot().policies.find((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID)!;
    await expectAllFresh(target);

    const settings = structuredClone(policy.settings);
    settings.retention = { rules: [{ maxCount: "14" }] };
    target.emulator.clock.advance(5_000);
    await finish(target, (await send(target, "PATCH", `/backup/v1/policies/${policy.id}`, { settings })).body.id);
    expect(target.emulator.snapshot().policies.find((entry) => entry.id === policy.id)!.settings).toEqual(settings);
    await expectAllFresh(target);

    const created = await finish(
      target,
      (await send(target, "POST", "/backup/v1/policies", createPolicyBody())).body.id,
    );
    await expectAllFresh(target);
    await finish(target, (await send(target, "DELETE", `/backup/v1/policies/${created.response.id}`)).body.id);
    await expectAllFresh(target);
  });

  it("a resource's next backup time, which the scheduler knows and the record does not, as applications come and go", async () => {
    const target = testEmulator();
    const instance = seeded(target.emulator).backupless.id;
    const listed = async () =>
      (await expectResourcesFresh(target)).find((entry: any) => entry.computeInstanceId === instance).nextBackupTime;
    expect(await listed()).toBeUndefined();
    const daily = target.emulator
      .snapshot()
      .policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID && policy.name === "Default daily")!;
    await finish(
      target,
      (await send(target, "POST", `/backup/v1/policies/${daily.id}:apply`, { computeInstanceId: instance })).body.id,
    );
    // Default daily runs at 03:00 UTC; the clock is just after the seed's midnight.
    expect(await listed()).toBe("2026-11-01T03:00:00.000Z");
    target.emulator.clock.advance(4 * 3_600_000);
    expect(await listed()).toBe("2026-11-02T03:00:00.000Z");
    await finish(
      target,
      (await send(target, "POST", `/backup/v1/policies/${daily.id}:revoke`, { computeInstanceId: instance })).body.id,
    );
    expect(await listed()).toBeUndefined();
  });
});
