// cancelOperation on the manual clock, one test per kind of operation: a cancellable one stops at once — done,
// error CANCELLED (code 1), no response — and its effect never lands, however long the clock runs after; a
// recovery (the agent's task) is refused with FAILED_PRECONDITION and runs on; a done operation is refused too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import {
  DEFAULT_SEED_FOLDER_ID,
  NOT_ACTIVATED_FOLDER_ID,
  createPolicyBody,
  finish,
  newKey,
} from "../support/policies.js";
import { seeded } from "../support/seeded.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-cancel-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const send = (target: TestEmulator, method: string, path: string, body?: unknown) =>
  target.json(method, path, { ...(body !== undefined && { body }), headers: { "idempotency-key": newKey() } });

const cancel = (target: TestEmulator, operationId: string) => target.json("GET", `/operations/${operationId}:cancel`);

/** Starts an operation (200, not done), cancels it, and checks it stays cancelled however long the clock runs. */
async function startAndCancel(target: TestEmulator, started: { status: number; body: any }) {
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  expect(started.body.done).toBeUndefined();
  target.emulator.clock.advance(100);
  const answer = await cancel(target, started.body.id);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  expect(answer.body).toMatchObject({ id: started.body.id, done: true, error: { code: 1 } });
  expect(answer.body.response).toBeUndefined();
  target.emulator.clock.advance(600_000);
  const later = await target.json("GET", `/operations/${started.body.id}`);
  expect(later.body).toEqual(answer.body);
  const again = await cancel(target, started.body.id);
  expect(again.status).toBe(400);
  expect(again.body.code).toBe(9);
  expect(again.body.message).toContain("already done");
  return answer.body;
}

/** A policy of the default folder applied to nothing, and the default folder's spare instance. */
function unappliedPair(target: TestEmulator) {
  const found = seeded(target.emulator);
  const policy = found.state.policies.find(
    (entry) =>
      entry.folderId === DEFAULT_SEED_FOLDER_ID &&
      !found.state.applications.some((application) => application.policyId === entry.id),
  )!;
  return { ...found, policy, instance: found.backupless };
}

describe("cancelOperation", () => {
  it("404 for an unknown operation", async () => {
    const target = testEmulator();
    const answer = await cancel(target, "cdgunknownoperation0");
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe(5);
  });

  it("400 FAILED_PRECONDITION for a done operation, which stays as it was", async () => {
    const target = testEmulator();
    const started = await send(target, "POST", "/backup/v1/policies", createPolicyBody());
    const done = await finish(target, started.body.id);
    const answer = await cancel(target, started.body.id);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(9);
    expect((await target.json("GET", `/operations/${started.body.id}`)).body).toEqual(done);
  });

  it("executePolicy: cancelled, no backup, the resource is not BACKUPING", async () => {
    const target = testEmulator();
    const { policy, instance } = unappliedPair(target);
    await finish(
      target,
      (await send(target, "POST", `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id })).body
        .id,
    );
    const started = await send(target, "POST", `/backup/v1/policies/${policy.id}:execute`, {
      computeInstanceId: instance.id,
    });
    await startAndCancel(target, started);
    const backups = (await target.json("GET", `/backup/v1/backups?computeInstanceId=${instance.id}`)).body.backups;
    expect(backups ?? []).toEqual([]);
    const resource = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(resource.status).not.toBe("BACKUPING");
    // The instance is free: a new execution may start.
    const next = await send(target, "POST", `/backup/v1/policies/${policy.id}:execute`, {
      computeInstanceId: instance.id,
    });
    expect(next.status).toBe(200);
  });

  it("applyPolicy: cancelled, no application left (not even processing)", async () => {
    const target = testEmulator();
    const { policy, instance } = unappliedPair(target);
    const started = await send(target, "POST", `/backup/v1/policies/${policy.id}:apply`, {
      computeInstanceId: instance.id,
    });
    await startAndCancel(target, started);
    expect(target.emulator.snapshot().applications.filter((entry) => entry.computeInstanceId === instance.id)).toEqual(
      [],
    );
  });

  it("revokePolicy: cancelled, the application stays", async () => {
    const target = testEmulator();
    const [application] = target.emulator.snapshot().applications;
    const started = await send(target, "POST", `/backup/v1/policies/${application!.policyId}:revoke`, {
      computeInstanceId: application!.computeInstanceId,
    });
    await startAndCancel(target, started);
    expect(target.emulator.snapshot().applications).toContainEqual(application);
  });

  it("createPolicy: cancelled, no policy", async () => {
    const target = testEmulator();
    const started = await send(target, "POST", "/backup/v1/policies", createPolicyBody());
    await startAndCancel(target, started);
    expect((await target.json("GET", `/backup/v1/policies/${started.body.metadata.policyId}`)).status).toBe(404);
  });

  it("updatePolicy: cancelled, the settings as they were", async () => {
    const target = testEmulator();
    const { policy } = unappliedPair(target);
    const before = (await target.json("GET", `/backup/v1/policies/${policy.id}`)).body;
    const settings = structuredClone(before.settings);
    settings.retention = { rules: [{ maxCount: "14" }] };
    await startAndCancel(target, await send(target, "PATCH", `/backup/v1/policies/${policy.id}`, { settings }));
    expect((await target.json("GET", `/backup/v1/policies/${policy.id}`)).body).toEqual(before);
  });

  it("deletePolicy: cancelled, the policy and its applications stay", async () => {
    const target = testEmulator();
    const [application] = target.emulator.snapshot().applications;
    await startAndCancel(target, await send(target, "DELETE", `/backup/v1/policies/${application!.policyId}`));
    expect((await target.json("GET", `/backup/v1/policies/${application!.policyId}`)).status).toBe(200);
    expect(target.emulator.snapshot().applications).toContainEqual(application);
  });

  it("activateProvider: cancelled, the folder not activated and no default policies", async () => {
    const target = testEmulator();
    const policiesBefore = target.emulator.snapshot().policies.length;
    await startAndCancel(
      target,
      await send(target, "POST", "/backup/v1/providers/cyberprotect:activate", { folderId: NOT_ACTIVATED_FOLDER_ID }),
    );
    const listed = await target.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`);
    expect(listed.body.names).toBeUndefined();
    expect(target.emulator.snapshot().policies).toHaveLength(policiesBefore);
  });

  it("delete (a backup): cancelled, the backup stays and reads deleted:false again", async () => {
    const target = testEmulator();
    const { computeBackup, readableFolder } = seeded(target.emulator);
    const { backup } = computeBackup;
    await startAndCancel(
      target,
      await send(target, "DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`),
    );
    const got = await target.json("GET", `/backup/v1/backups/${backup.id}?folderId=${readableFolder.id}`);
    expect(got.status).toBe(200);
    expect(got.body.deleted).toBeUndefined(); // false, left out on the wire
  });

  it("deleteResource: cancelled, the resource stays registered", async () => {
    const target = testEmulator();
    const [record] = target.emulator.snapshot().resources;
    const { computeInstanceId, resourceId } = record!.resource;
    await startAndCancel(
      target,
      await send(target, "DELETE", `/backup/v1/resources/${computeInstanceId}?resourceId=${resourceId}`),
    );
    expect((await target.json("GET", `/backup/v1/resources/${computeInstanceId}`)).status).toBe(200);
  });

  it("startRecovery: refused with FAILED_PRECONDITION (the agent's task), and it runs on to the end", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const started = await send(target, "POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      computeInstanceId: computeBackup.backup.computeInstanceId,
    });
    expect(started.status).toBe(200);
    const answer = await cancel(target, started.body.id);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(9);
    expect(answer.body.message).toContain("cannot be cancelled");
    const done = await finish(target, started.body.id);
    expect(done.error).toBeUndefined();
    expect(done.response).toBeDefined();
  });

  it("an acknowledged cancel survives a restart on the same SQLite file", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const started = await send(first, "POST", "/backup/v1/policies", createPolicyBody());
    const cancelled = await cancel(first, started.body.id);
    expect(cancelled.body.error.code).toBe(1);
    first.emulator.close();

    const second = testEmulator({ storage: openSqliteStorage(file) });
    second.emulator.clock.advance(600_000);
    expect((await second.json("GET", `/operations/${started.body.id}`)).body).toEqual(cancelled.body);
    expect((await second.json("GET", `/backup/v1/policies/${started.body.metadata.policyId}`)).status).toBe(404);
    second.emulator.close();
  });
});
