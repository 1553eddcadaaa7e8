import { describe, expect, it } from "vitest";
import { toProto3Json } from "../../src/spec/bundled-spec.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { violationsOf } from "../support/violations.js";
import {
  DEFAULT_SEED_FOLDER_ID,
  NOT_ACTIVATED_FOLDER_ID,
  createPolicyBody,
  finish,
  newKey,
} from "../support/policies.js";

const POLICY_TYPE = "type.googleapis.com/yandex.cloud.backup.v1.Policy";

const send = (target: TestEmulator, method: string, path: string, body?: unknown, key = newKey()) =>
  target.json(method, path, { ...(body !== undefined && { body }), headers: { "idempotency-key": key } });

async function createdPolicy(target: TestEmulator, body = createPolicyBody()) {
  const started = await send(target, "POST", "/backup/v1/policies", body);
  expect(started.status).toBe(200);
  const done = await finish(target, started.body.id);
  return { started: started.body, done, policy: done.response };
}

describe("policies: create, get, update, delete, list", () => {
  it("create answers an Operation naming the policy; once done, get returns it with the settings as sent", async () => {
    const target = testEmulator();
    const body = createPolicyBody();
    const started = await send(target, "POST", "/backup/v1/policies", body);
    expect(started.status).toBe(200);
    expect(started.body.metadata["@type"]).toBe("type.googleapis.com/yandex.cloud.backup.v1.CreatePolicyMetadata");
    const policyId = started.body.metadata.policyId;
    expect(policyId).toMatch(/^cbq[a-z0-9]{17}$/);
    // It exists once the operation is done.
    expect((await target.json("GET", `/backup/v1/policies/${policyId}`)).status).toBe(404);

    const done = await finish(target, started.body.id);
    expect(done.done).toBe(true);
    expect(done.response).toMatchObject({ "@type": POLICY_TYPE, id: policyId, name: body.name });

    const got = await target.json("GET", `/backup/v1/policies/${policyId}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      id: policyId,
      name: body.name,
      folderId: DEFAULT_SEED_FOLDER_ID,
      enabled: true,
      createdAt: "2026-11-01T00:00:00.000Z",
    });
    // What was sent, the fields at their proto3 default left out (the example sends a few: `enabled: false`).
    expect(got.body.settings).toEqual(toProto3Json(body.settings, "PolicySettings"));
    expect(body.settings.performanceWindow).toEqual({ enabled: false });
    expect(got.body.settings.performanceWindow).toEqual({});
    const { "@type": _, ...response } = done.response;
    expect(response).toEqual(got.body);
  });

  it("a field sent at its proto3 default is left out on the way back", async () => {
    const target = testEmulator();
    const body = createPolicyBody();
    body.settings.sectorBySector = false;
    body.settings.scheduling.maxParallelBackups = "0";
    const { policy } = await createdPolicy(target, body);
    const got = (await target.json("GET", `/backup/v1/policies/${policy.id}`)).body;
    expect(got.settings).not.toHaveProperty("sectorBySector");
    expect(got.settings.scheduling).not.toHaveProperty("maxParallelBackups");
  });

  it("create validates settings, naming the dotted path", async () => {
    const target = testEmulator();
    const body = createPolicyBody();
    body.settings.retention.rules = [{ maxCount: "7", maxAge: { type: "DAYS", count: "7" } }];
    const answer = await send(target, "POST", "/backup/v1/policies", body);
    expect(answer.status).toBe(400);
    expect(violationsOf(answer.body)[0]!.field).toBe("settings.retention.rules[0]");
  });

  it("update replaces the settings whole and keeps the name", async () => {
    const target = testEmulator();
    const { policy } = await createdPolicy(target);
    const settings = structuredClone(policy.settings);
    settings.retention = { rules: [{ maxCount: "14" }] };
    delete settings.fastBackupEnabled; // left out: reset, not kept
    target.emulator.clock.advance(5_000);
    const started = await send(target, "PATCH", `/backup/v1/policies/${policy.id}`, { settings });
    expect(started.status).toBe(200);
    expect(started.body.metadata).toEqual({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.UpdatePolicyMetadata",
      policyId: policy.id,
    });
    const done = await finish(target, started.body.id);
    expect(done.response).toMatchObject({ "@type": POLICY_TYPE, id: policy.id, name: policy.name });
    const got = (await target.json("GET", `/backup/v1/policies/${policy.id}`)).body;
    expect(got.name).toBe(policy.name);
    expect(got.settings).toEqual(toProto3Json(settings, "PolicySettings"));
    expect(got.settings).not.toHaveProperty("fastBackupEnabled");
    expect(got.createdAt).toBe(policy.createdAt);
    expect(Date.parse(got.updatedAt)).toBeGreaterThan(Date.parse(got.createdAt));
  });

  it("delete removes it: 404 on get, out of the folder's list; a second delete while it runs is 409", async () => {
    const target = testEmulator();
    const { policy } = await createdPolicy(target);
    const started = await send(target, "DELETE", `/backup/v1/policies/${policy.id}`);
    expect(started.status).toBe(200);
    expect(started.body.metadata).toEqual({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeletePolicyMetadata",
      policyId: policy.id,
    });
    expect((await send(target, "DELETE", `/backup/v1/policies/${policy.id}`)).status).toBe(409);
    const done = await finish(target, started.body.id);
    expect(done.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
    expect((await target.json("GET", `/backup/v1/policies/${policy.id}`)).status).toBe(404);
    const listed = (await target.json("GET", `/backup/v1/policies?folderId=${DEFAULT_SEED_FOLDER_ID}`)).body.policies;
    expect(listed.map((entry: any) => entry.id)).not.toContain(policy.id);
  });

  it("deleting a policy backups were made under leaves its backups and archives", async () => {
    const target = testEmulator();
    const state = target.emulator.snapshot();
    const backup = state.backups.find(
      (record) => record.folderId === DEFAULT_SEED_FOLDER_ID && !record.backup.deleted,
    )!;
    const policyId = backup.backup.policyId;
    const started = await send(target, "DELETE", `/backup/v1/policies/${policyId}`);
    await finish(target, started.body.id);
    expect((await target.json("GET", `/backup/v1/policies/${policyId}`)).status).toBe(404);
    const backupPath = `/backup/v1/backups/${backup.backup.id}?folderId=${DEFAULT_SEED_FOLDER_ID}`;
    expect((await target.json("GET", backupPath)).status).toBe(200);
    const instance = backup.backup.computeInstanceId;
    const applied = (await target.json("GET", `/backup/v1/policies?computeInstanceId=${instance}`)).body.policies ?? [];
    expect(applied.map((entry: any) => entry.id)).not.toContain(policyId);
  });

  it("list by folder, by instance, and by both; neither is a 400 naming both", async () => {
    const target = testEmulator();
    const { policy } = await createdPolicy(target);
    const byFolder = (await target.json("GET", `/backup/v1/policies?folderId=${DEFAULT_SEED_FOLDER_ID}`)).body.policies;
    const snapshot = target.emulator.snapshot();
    const inFolder = snapshot.policies.filter((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID);
    // Oldest first, then by id; the one just created is the newest.
    const seededIds = inFolder.filter((entry) => entry.id !== policy.id).map((entry) => entry.id);
    expect(byFolder.map((entry: any) => entry.id)).toEqual([...seededIds.sort(), policy.id]);
    expect(byFolder.map((entry: any) => entry.id)).toContain(policy.id);

    // Applied to an instance: until applyPolicy is emulated, the policies its backups were made under.
    const backup = snapshot.backups.find((record) => record.folderId === DEFAULT_SEED_FOLDER_ID)!;
    const instance = backup.backup.computeInstanceId;
    const expected = [
      ...new Set(
        snapshot.backups.filter((record) => record.backup.computeInstanceId === instance).map((r) => r.backup.policyId),
      ),
    ].sort();
    const byInstance = (await target.json("GET", `/backup/v1/policies?computeInstanceId=${instance}`)).body.policies;
    expect(byInstance.map((entry: any) => entry.id).sort()).toEqual(expected);
    const both = await target.json(
      "GET",
      `/backup/v1/policies?folderId=${DEFAULT_SEED_FOLDER_ID}&computeInstanceId=${instance}`,
    );
    expect(both.body.policies.map((entry: any) => entry.id).sort()).toEqual(expected);
    const other = await target.json(
      "GET",
      `/backup/v1/policies?folderId=${policy.folderId}&computeInstanceId=${instance}`,
    );
    expect(other.status).toBe(200);

    const neither = await target.json("GET", "/backup/v1/policies");
    expect(neither.status).toBe(400);
    expect(violationsOf(neither.body).map((violation) => violation.field)).toEqual(["folderId", "computeInstanceId"]);
  });

  it("an unknown policy is 404 on get, update and delete", async () => {
    const target = testEmulator();
    const missing = "cbq00000000000000000";
    expect((await target.json("GET", `/backup/v1/policies/${missing}`)).status).toBe(404);
    const { settings } = createPolicyBody();
    expect((await send(target, "PATCH", `/backup/v1/policies/${missing}`, { settings })).status).toBe(404);
    expect((await send(target, "DELETE", `/backup/v1/policies/${missing}`)).status).toBe(404);
  });
});

describe("policies in a folder whose provider is not activated", () => {
  it("every policy call is 400 FAILED_PRECONDITION naming the folder", async () => {
    const target = testEmulator();
    const seededPolicy = target.emulator
      .snapshot()
      .policies.find((policy) => policy.folderId === NOT_ACTIVATED_FOLDER_ID)!;
    const instance = target.emulator.snapshot().instances.find((entry) => entry.folderId === NOT_ACTIVATED_FOLDER_ID)!;
    const { settings } = createPolicyBody();
    const answers = [
      await send(target, "POST", "/backup/v1/policies", createPolicyBody(NOT_ACTIVATED_FOLDER_ID)),
      await target.json("GET", `/backup/v1/policies?folderId=${NOT_ACTIVATED_FOLDER_ID}`),
      await target.json("GET", `/backup/v1/policies?computeInstanceId=${instance.id}`),
      await target.json("GET", `/backup/v1/policies/${seededPolicy.id}`),
      await send(target, "PATCH", `/backup/v1/policies/${seededPolicy.id}`, { settings }),
      await send(target, "DELETE", `/backup/v1/policies/${seededPolicy.id}`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(9); // FAILED_PRECONDITION
      expect(answer.body.message).toContain(`Folder ${NOT_ACTIVATED_FOLDER_ID} has no activated backup provider`);
    }
    expect(target.emulator.snapshot().operations).toEqual([]);
  });

  it("once activated, policies can be created there", async () => {
    const target = testEmulator();
    const activation = await send(target, "POST", "/backup/v1/providers/cyberprotect:activate", {
      folderId: NOT_ACTIVATED_FOLDER_ID,
      skipDefaultPolicy: true,
    });
    await finish(target, activation.body.id);
    const { policy } = await createdPolicy(target, createPolicyBody(NOT_ACTIVATED_FOLDER_ID));
    expect(policy.folderId).toBe(NOT_ACTIVATED_FOLDER_ID);
  });
});

describe("policy mutations: Idempotency-Key and faults", () => {
  it("a repeat returns the same Operation and starts nothing, for create, update and delete", async () => {
    const target = testEmulator();
    const key = newKey();
    const body = createPolicyBody();
    const first = await send(target, "POST", "/backup/v1/policies", body, key);
    const second = await send(target, "POST", "/backup/v1/policies", body, key);
    expect(second.body.id).toBe(first.body.id);
    const { policy } = { policy: (await finish(target, first.body.id)).response };

    const updateKey = newKey();
    const update = { settings: policy.settings };
    const updates = [
      await send(target, "PATCH", `/backup/v1/policies/${policy.id}`, update, updateKey),
      await send(target, "PATCH", `/backup/v1/policies/${policy.id}`, update, updateKey),
    ];
    expect(updates[1]!.body.id).toBe(updates[0]!.body.id);
    await finish(target, updates[0]!.body.id);

    const deleteKey = newKey();
    const deletions = [
      await send(target, "DELETE", `/backup/v1/policies/${policy.id}`, undefined, deleteKey),
      await send(target, "DELETE", `/backup/v1/policies/${policy.id}`, undefined, deleteKey),
    ];
    expect(deletions[1]!.status).toBe(200);
    expect(deletions[1]!.body.id).toBe(deletions[0]!.body.id);
    expect(target.emulator.snapshot().operations).toHaveLength(3);
    // The same key on another request is refused by name.
    const reused = await send(target, "POST", "/backup/v1/policies", { ...body, name: "other" }, key);
    expect(reused.status).toBe(400);
    expect(violationsOf(reused.body)[0]!.field).toBe("Idempotency-Key");
  });

  it("faults reach the policy operations by operationId", async () => {
    const target = testEmulator();
    target.emulator.faults.add({ operationId: "getPolicy", status: 503, times: 1 });
    target.emulator.faults.add({ operationId: "createPolicy", operationError: { code: "INTERNAL" }, times: 1 });
    const seededPolicy = target.emulator
      .snapshot()
      .policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)!;
    expect((await target.json("GET", `/backup/v1/policies/${seededPolicy.id}`)).status).toBe(503);
    expect((await target.json("GET", `/backup/v1/policies/${seededPolicy.id}`)).status).toBe(200);
    const started = await send(target, "POST", "/backup/v1/policies", createPolicyBody());
    const done = await finish(target, started.body.id);
    expect(done.error.code).toBe(13);
    expect((await target.json("GET", `/backup/v1/policies/${started.body.metadata.policyId}`)).status).toBe(404);
  });
});
