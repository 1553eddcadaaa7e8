// client ↔ emulator ↔ spec: scenarios that need a server keeping state, which only the emulator passes (the
// Prism mock answers from examples). Run against the emulator and the emulator behind prism proxy, so every
// request and answer of these scenarios is also checked against the spec (no sl-violations).
import { BackupApiError, policySettings } from "@backup-api/client";
import type { EmulatorState } from "@backup-api/emulator";
import { describe, expect, inject, it } from "vitest";
import { clientFor, violations } from "../../src/client-calls.js";

const target = inject("target");
const client = clientFor(target);
const skip = target.statefulReason;

async function control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${target.emulatorUrl}/_emulator${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

/** Live COMPUTE backups of the fixture folder that no test has worked on, of instances no other test uses. */
async function freshBackups(count: number) {
  const state = await control<EmulatorState>("GET", "/snapshot");
  const used = new Set([target.ids.computeInstanceId, target.ids.deletableComputeInstanceId]);
  const busy = new Set(
    state.operations.filter((record) => !record.operation.done).map((record) => record.computeInstanceId),
  );
  // A backup an earlier test worked on is not fresh, even once its operations are done.
  const worked = new Set(state.operations.map((record) => record.backupId));
  const picked = [];
  for (const record of state.backups) {
    const instance = record.backup.computeInstanceId;
    if (record.folderId !== target.ids.folderId || record.backup.deleted || record.resourceType !== "COMPUTE") continue;
    if (used.has(instance) || busy.has(instance) || worked.has(record.backup.id)) continue;
    used.add(instance);
    picked.push(record.backup);
    if (picked.length === count) break;
  }
  expect(picked).toHaveLength(count);
  return { state, picked };
}

describe.skipIf(skip)(`client ↔ ${target.kind} ↔ spec: stateful scenarios`, () => {
  it("listAll walks thousands of backups, each once", async () => {
    const state = await control<EmulatorState>("GET", "/snapshot");
    const inFolder = state.backups.filter((record) => record.folderId === target.ids.folderId).length;
    expect(inFolder).toBeGreaterThanOrEqual(2_000);
    const seen = new Set<string>();
    for await (const backup of client.backups.listAll({ folderId: target.ids.folderId, pageSize: 500 }))
      seen.add(backup.id);
    expect(seen.size).toBe(inFolder);
  });

  it("paging while deleting: no backup repeated, none listed once its deletion is done", async () => {
    const state = await control<EmulatorState>("GET", "/snapshot");
    const victims = state.backups
      .filter(
        (record) =>
          record.folderId === target.ids.folderId && !record.backup.deleted && record.backup.id !== target.ids.backupId,
      )
      .slice(-40)
      .map((record) => record.backup);
    const seen = new Set<string>();
    let pages = 0;
    let page = await client.backups.list({ folderId: target.ids.folderId, pageSize: 200 }, { withResponse: true });
    for (;;) {
      expect(violations(page.response)).toBeNull();
      for (const backup of page.data.backups) {
        expect(seen.has(backup.id)).toBe(false);
        seen.add(backup.id);
      }
      if (pages++ < 4) {
        for (const victim of victims.splice(0, 10))
          await client.backups.delete({ computeInstanceId: victim.computeInstanceId!, backupId: victim.id! });
      }
      const pageToken = page.data.nextPageToken;
      if (!pageToken) break;
      page = await client.backups.list(
        { folderId: target.ids.folderId, pageSize: 200, pageToken },
        { withResponse: true },
      );
    }
    const after = await control<EmulatorState>("GET", "/snapshot");
    const remaining = new Set(after.backups.map((record) => record.backup.id));
    for (const id of remaining) {
      if (after.backups.find((record) => record.backup.id === id)!.folderId === target.ids.folderId)
        expect(seen.has(id)).toBe(true);
    }
  });

  it("delete, wait until done, then get: NOT_FOUND", async () => {
    const { picked } = await freshBackups(1);
    const backup = picked[0]!;
    const operation = await client.backups.delete({
      computeInstanceId: backup.computeInstanceId!,
      backupId: backup.id!,
    });
    await client.operations.wait(operation, { pollIntervalMs: 1 });
    const error = await client.backups
      .get({ backupId: backup.id!, folderId: target.ids.folderId })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupApiError);
    expect((error as BackupApiError).codeName).toBe("NOT_FOUND");
  });

  it("recovery through operations.wait to done", async () => {
    const { picked } = await freshBackups(1);
    const backup = picked[0]!;
    const operation = await client.backups.startRecovery({
      backupId: backup.id!,
      computeInstanceId: backup.computeInstanceId!,
    });
    const done = await client.operations.wait(operation, { pollIntervalMs: 1 });
    expect(done.done).toBe(true);
    expect(done.response?.["@type"]).toBe("type.googleapis.com/google.protobuf.Empty");
  });

  it("a policy's life: create, wait, get; update keeps the name; delete, wait, then get: NOT_FOUND", async () => {
    const settings = policySettings({ schedule: { daily: { at: "03:00" } }, retention: { keepLast: 7 } });
    const name = "stateful-scenario";
    const created = await client.operations.wait(
      await client.policies.create({ folderId: target.ids.folderId, name, settings }),
      { pollIntervalMs: 1 },
    );
    const policyId = (created.response as { id: string }).id;
    const got = await client.policies.get({ policyId });
    expect(got).toMatchObject({ id: policyId, name, folderId: target.ids.folderId });
    expect(got.settings?.retention?.rules?.[0]?.maxCount).toBe("7");

    const changed = policySettings({ schedule: { daily: { at: "03:00" } }, retention: { keepLast: 14 } });
    await client.operations.wait(await client.policies.update({ policyId, settings: changed }), { pollIntervalMs: 1 });
    const updated = await client.policies.get({ policyId });
    expect(updated.name).toBe(name);
    expect(updated.settings?.retention?.rules?.[0]?.maxCount).toBe("14");
    const listed = await client.policies.list({ folderId: target.ids.folderId });
    expect(listed.policies.map((policy) => policy.id)).toContain(policyId);

    await client.operations.wait(await client.policies.delete({ policyId }), { pollIntervalMs: 1 });
    const error = await client.policies.get({ policyId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupApiError);
    expect((error as BackupApiError).codeName).toBe("NOT_FOUND");
  });

  it("an application's life: a new policy applied to a registered instance, listed, then revoked", async () => {
    const settings = policySettings({ schedule: { daily: { at: "04:00" } }, retention: { keepLast: 3 } });
    const created = await client.operations.wait(
      await client.policies.create({ folderId: target.ids.folderId, name: "stateful-application", settings }),
      { pollIntervalMs: 1 },
    );
    const policyId = (created.response as { id: string }).id;
    const computeInstanceId = target.ids.computeInstanceId;
    const registered: string[] = [];
    for await (const resource of client.resources.listAll({ folderId: target.ids.folderId }))
      registered.push(resource.computeInstanceId!);
    expect(registered).toContain(computeInstanceId);
    const { resource } = await client.resources.get({ computeInstanceId, includeTenantInfo: true });
    expect(resource?.tenantInfo?.folderId).toBe(target.ids.folderId);

    await client.operations.wait(await client.policies.apply({ policyId, computeInstanceId }), { pollIntervalMs: 1 });
    const applied = await client.policies.listApplications({ policyId });
    expect(applied.applications).toEqual([expect.objectContaining({ policyId, computeInstanceId, status: "OK" })]);
    const onInstance = await client.policies.list({ computeInstanceId });
    expect(onInstance.policies.map((policy) => policy.id)).toContain(policyId);

    await client.operations.wait(await client.policies.revoke({ policyId, computeInstanceId }), { pollIntervalMs: 1 });
    const revoked = await client.policies.listApplications({ policyId, showProcessing: true });
    expect(revoked.applications).toEqual([]);
    await client.operations.wait(await client.policies.delete({ policyId }), { pollIntervalMs: 1 });
  });

  it("an external machine registers with the token of getAgentInstallCommand's command, then has the token's policy", async () => {
    const settings = policySettings({ schedule: { daily: { at: "05:00" } }, retention: { keepLast: 2 } });
    const created = await client.operations.wait(
      await client.policies.create({ folderId: target.ids.folderId, name: "stateful-registration", settings }),
      { pollIntervalMs: 1 },
    );
    const policyId = (created.response as { id: string }).id;
    const { command } = await client.setup.getAgentInstallCommand({
      folderId: target.ids.folderId,
      type: "AGENT_INSTALL_BASH_EXTERNAL_SERVER",
      policyIds: [policyId],
    });
    const registrationToken = /--instance-registration-token="([^"]+)"/.exec(command ?? "")?.[1];
    expect(registrationToken).toBeDefined();
    // What the installed agent does: the control surface stands in for it.
    const registration = await control<{ computeInstanceId: string; initStatus: string }>("POST", "/agents/register", {
      registrationToken,
    });
    expect(registration.initStatus).toBe("REGISTERING");
    const { computeInstanceId } = registration;
    const registering = await client.resources.get({ computeInstanceId });
    expect(registering.resource).toMatchObject({ type: "EXTERNAL_SERVER", initStatus: "REGISTERING" });
    // This emulator's operations take no time or finish by polls: moving its clock disturbs no other test.
    await control("POST", "/clock/advance", { ms: 30_000 });
    const registered: string[] = [];
    for await (const resource of client.resources.listAll({ folderId: target.ids.folderId, type: "EXTERNAL_SERVER" }))
      if (resource.initStatus === "REGISTRED") registered.push(resource.computeInstanceId!);
    expect(registered).toContain(computeInstanceId);
    const applied = await client.policies.listApplications({ policyId });
    expect(applied.applications).toEqual([expect.objectContaining({ policyId, computeInstanceId, status: "OK" })]);
  });

  it("a startRecovery retried after a 503 starts one Operation", async () => {
    const { picked } = await freshBackups(1);
    const backup = picked[0]!;
    await control("POST", "/faults", { operationId: "startRecovery", status: 503, times: 1 });
    const retrying = clientFor(target, { maxRetries: 2 });
    const operation = await retrying.backups.startRecovery({
      backupId: backup.id!,
      computeInstanceId: backup.computeInstanceId!,
    });
    const after = await control<EmulatorState>("GET", "/snapshot");
    const started = after.operations.filter((record) => record.backupId === backup.id);
    expect(started.map((record) => record.operation.id)).toEqual([operation.id]);
    expect((await control<{ faults: unknown[] }>("GET", "/faults")).faults).toEqual([]);
  });
});
