import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, NOT_ACTIVATED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";

const resourcesOf = (folderId: string, extra = "") => `/backup/v1/resources?folderId=${folderId}${extra}`;

describe("resources: list, get, delete, tasks", () => {
  it("lists the folder's registered instances, oldest registration first, with realistic statuses", async () => {
    const target = testEmulator();
    const { state } = seeded(target.emulator);
    const { status, body } = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID));
    expect(status).toBe(200);
    const instances = state.instances.filter((instance) => instance.folderId === DEFAULT_SEED_FOLDER_ID);
    expect(body.resources.map((resource: any) => resource.computeInstanceId).sort()).toEqual(
      instances.map((instance) => instance.id).sort(),
    );
    const times = body.resources.map((resource: any) => resource.createdAt);
    expect(times).toEqual([...times].sort());
    expect(body.nextPageToken ?? "").toBe("");
    for (const resource of body.resources) {
      const instance = instances.find((candidate) => candidate.id === resource.computeInstanceId)!;
      expect(resource).toMatchObject({ resourceId: instance.resourceId, type: instance.kind, initStatus: "REGISTRED" });
      expect(resource.isActive).toBe(true);
      expect(resource.agentInfo.currentVersion).toMatch(/^\d+\.\d+\.\d+$/);
      // Not asked for: no tenant.
      expect(resource.tenantInfo).toBeUndefined();
    }
    const statuses = new Set(body.resources.map((resource: any) => resource.status));
    expect(statuses).toContain("IDLE");
    expect(statuses).toContain("BACKUPING");
    const backingUp = body.resources.find((resource: any) => resource.status === "BACKUPING");
    expect(Number(backingUp.statusProgress)).toBeGreaterThan(0);
    // A backed-up instance tells when its last backup was made.
    const backedUp = body.resources.find((resource: any) =>
      state.backups.some((record) => record.backup.computeInstanceId === resource.computeInstanceId),
    );
    expect(backedUp.lastBackupTime).toBeDefined();
  });

  it("an offline agent: the staging folder has a resource that is not online", async () => {
    const target = testEmulator();
    const { body } = await target.json("GET", resourcesOf(NOT_ACTIVATED_FOLDER_ID));
    expect(body.resources.some((resource: any) => resource.online !== true)).toBe(true);
  });

  it("pages with keyset tokens (pageSize, nextPageToken) and filters by type", async () => {
    const target = testEmulator();
    const all = (await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID))).body.resources;
    const seen: string[] = [];
    let token = "";
    do {
      const page = await target.json(
        "GET",
        resourcesOf(DEFAULT_SEED_FOLDER_ID, `&pageSize=2${token && `&pageToken=${token}`}`),
      );
      expect(page.status).toBe(200);
      expect(page.body.resources.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.resources.map((resource: any) => resource.computeInstanceId));
      token = page.body.nextPageToken ?? "";
    } while (token);
    expect(seen).toEqual(all.map((resource: any) => resource.computeInstanceId));

    const bms = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID, "&type=BMS"));
    expect(bms.body.resources.length).toBeGreaterThan(0);
    expect(bms.body.resources.every((resource: any) => resource.type === "BMS")).toBe(true);
    const compute = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID, "&type=COMPUTE"));
    expect(compute.body.resources.length + bms.body.resources.length).toBe(all.length);
  });

  it("a page token of another listing, or above 1000 per page, is refused with 400", async () => {
    const target = testEmulator();
    const first = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID, "&pageSize=1"));
    const token = first.body.nextPageToken;
    const other = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID, `&type=BMS&pageToken=${token}`));
    expect(other.status).toBe(400);
    expect((await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID, "&pageSize=1001"))).status).toBe(400);
  });

  it("an unknown folder answers 404, the forbidden one 403", async () => {
    const target = testEmulator();
    const { forbiddenFolder } = seeded(target.emulator);
    expect((await target.json("GET", resourcesOf("b1gunknownfolder0000"))).status).toBe(404);
    expect((await target.json("GET", resourcesOf(forbiddenFolder.id))).status).toBe(403);
  });

  it("get wraps the resource; includeTenantInfo=true adds its tenant", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const id = computeBackup.backup.computeInstanceId;
    const plain = await target.json("GET", `/backup/v1/resources/${id}`);
    expect(plain.status).toBe(200);
    expect(plain.body.resource).toMatchObject({ computeInstanceId: id, resourceId: computeBackup.backup.resourceId });
    expect(plain.body.resource.tenantInfo).toBeUndefined();
    const withTenant = await target.json("GET", `/backup/v1/resources/${id}?includeTenantInfo=true`);
    expect(withTenant.body.resource.tenantInfo).toMatchObject({ folderId: DEFAULT_SEED_FOLDER_ID });
    expect(withTenant.body.resource.tenantInfo.personalTenantId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await target.json("GET", `/backup/v1/resources/${id}?includeTenantInfo=false`)).body).toEqual(plain.body);
    expect((await target.json("GET", `/backup/v1/resources/${id}?includeTenantInfo=yes`)).status).toBe(400);
    expect((await target.json("GET", "/backup/v1/resources/fhmunknowninstance00")).status).toBe(404);
  });

  it("delete needs the instance's resourceId (another: 404), answers an Operation, and removes the registration, not the backups", async () => {
    const target = testEmulator();
    const { computeBackup, state } = seeded(target.emulator);
    const id = computeBackup.backup.computeInstanceId;
    const resourceId = computeBackup.backup.resourceId;
    const wrong = await target.json(
      "DELETE",
      `/backup/v1/resources/${id}?resourceId=3f8a2c1e-0000-4000-8000-000000000000`,
      {
        headers: { "idempotency-key": newKey() },
      },
    );
    expect(wrong.status).toBe(404);

    const key = newKey();
    const started = await target.json("DELETE", `/backup/v1/resources/${id}?resourceId=${resourceId}`, {
      headers: { "idempotency-key": key },
    });
    expect(started.status).toBe(200);
    expect(started.body.metadata).toEqual({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteResourceMetadata",
      computeInstanceId: id,
    });
    // The same key again: the same Operation.
    const again = await target.json("DELETE", `/backup/v1/resources/${id}?resourceId=${resourceId}`, {
      headers: { "idempotency-key": key },
    });
    expect(again.body.id).toBe(started.body.id);
    // Another deletion while this one runs: 409.
    const busy = await target.json("DELETE", `/backup/v1/resources/${id}?resourceId=${resourceId}`, {
      headers: { "idempotency-key": newKey() },
    });
    expect(busy.status).toBe(409);
    // Still there until the operation is done.
    expect((await target.json("GET", `/backup/v1/resources/${id}`)).status).toBe(200);

    const done = await finish(target, started.body.id);
    expect(done.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
    expect((await target.json("GET", `/backup/v1/resources/${id}`)).status).toBe(404);
    expect((await target.json("GET", `/backup/v1/resources/${id}/tasks`)).status).toBe(404);
    const listed = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID));
    expect(listed.body.resources.map((resource: any) => resource.computeInstanceId)).not.toContain(id);
    // Its backups stay.
    const backups = await target.json("GET", `/backup/v1/backups?computeInstanceId=${id}`);
    expect(backups.status).toBe(200);
    expect(backups.body.backups.length).toBe(
      state.backups.filter((record) => record.backup.computeInstanceId === id).length,
    );
  });

  it("while a recovery onto the instance runs, its resource reads RECOVERING with the recovery's progress", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    const started = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: backupless.id },
    });
    expect(started.status).toBe(200);
    target.emulator.clock.advance(2_500);
    const during = await target.json("GET", `/backup/v1/resources/${backupless.id}`);
    expect(during.body.resource.status).toBe("RECOVERING");
    expect(Number(during.body.resource.statusProgress)).toBeGreaterThan(0);
    const listed = await target.json("GET", resourcesOf(DEFAULT_SEED_FOLDER_ID));
    expect(listed.body.resources.find((r: any) => r.computeInstanceId === backupless.id).status).toBe("RECOVERING");
    await finish(target, started.body.id);
    const after = await target.json("GET", `/backup/v1/resources/${backupless.id}`);
    expect(after.body.resource.status).toBe("IDLE");
    expect(after.body.resource.statusProgress).toBeUndefined();
  });

  it("tasks: the seed stores one completed BACKUP task per backup of the instance, newest first, paged", async () => {
    const target = testEmulator();
    const { computeBackup, state } = seeded(target.emulator);
    const id = computeBackup.backup.computeInstanceId;
    const backups = state.backups.filter((record) => record.backup.computeInstanceId === id);
    const tasks: any[] = [];
    let token = "";
    do {
      const page = await target.json(
        "GET",
        `/backup/v1/resources/${id}/tasks?pageSize=3${token && `&pageToken=${token}`}`,
      );
      expect(page.status).toBe(200);
      tasks.push(...page.body.tasks);
      token = page.body.nextPageToken ?? "";
    } while (token);
    expect(tasks.length).toBe(backups.length);
    const started = tasks.map((task) => task.startedAt);
    expect(started).toEqual([...started].sort().reverse());
    expect(new Set(tasks.map((task) => task.id)).size).toBe(tasks.length);
    for (const task of tasks) {
      expect(task).toMatchObject({ type: "BACKUP", status: "COMPLETED", resultCode: "OK", computeInstanceId: id });
      expect(task.id).toMatch(/^\d+$/);
      expect(Date.parse(task.completedAt)).toBeGreaterThan(Date.parse(task.startedAt));
    }
    // An instance never backed up: a valid empty list.
    const { backupless } = seeded(target.emulator);
    const empty = await target.json("GET", `/backup/v1/resources/${backupless.id}/tasks`);
    expect(empty.status).toBe(200);
    expect(empty.body.tasks ?? []).toEqual([]);
  });
});
