import { describe, expect, it } from "vitest";
import { CONNECTED_QUOTA } from "../../src/applications/quota.js";
import { generateSeed } from "../../src/seed/generate-seed.js";
import type { EmulatorState } from "../../src/state/model.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { addRegisteredVm } from "../support/quota-fleet.js";
import { seeded } from "../support/seeded.js";

const APPLY_METADATA = "type.googleapis.com/yandex.cloud.backup.v1.ApplyPolicyMetadata";
const REVOKE_METADATA = "type.googleapis.com/yandex.cloud.backup.v1.RevokeMetadata";

const post = (target: TestEmulator, path: string, body: unknown, key = newKey()) =>
  target.json("POST", path, { body, headers: { "idempotency-key": key } });
const apply = (target: TestEmulator, policyId: string, computeInstanceId: string, key?: string) =>
  post(target, `/backup/v1/policies/${policyId}:apply`, { computeInstanceId }, key);
const revoke = (target: TestEmulator, policyId: string, computeInstanceId: string, key?: string) =>
  post(target, `/backup/v1/policies/${policyId}:revoke`, { computeInstanceId }, key);
const applicationsOf = (target: TestEmulator, policyId: string, query = "") =>
  target.json("GET", `/backup/v1/policies/${policyId}/applications${query}`);
const policiesOf = async (target: TestEmulator, computeInstanceId: string) =>
  (await target.json("GET", `/backup/v1/policies?computeInstanceId=${computeInstanceId}`)).body.policies?.map(
    (policy: any) => policy.id,
  ) ?? [];

/** The default folder's default policies (made by its activation: applied to nothing) and its spare instance. */
function fixture(target: TestEmulator) {
  const found = seeded(target.emulator);
  const unapplied = found.state.policies.filter(
    (policy) =>
      policy.folderId === DEFAULT_SEED_FOLDER_ID &&
      !found.state.applications.some((application) => application.policyId === policy.id),
  );
  return { ...found, unapplied };
}

describe("applications: apply, revoke, list", () => {
  it("the seed's policies are applied to the instances they made backups of; listPolicies by instance reads them", async () => {
    const target = testEmulator();
    const { state, computeBackup, backupless } = fixture(target);
    const instanceId = computeBackup.backup.computeInstanceId;
    const madeUnder = [
      ...new Set(state.backups.filter((r) => r.backup.computeInstanceId === instanceId).map((r) => r.backup.policyId)),
    ];
    expect((await policiesOf(target, instanceId)).sort()).toEqual(madeUnder.sort());
    expect(await policiesOf(target, backupless.id)).toEqual([]);
    const listed = await target.json(
      "GET",
      `/backup/v1/policies/${computeBackup.backup.policyId}/applications?computeInstanceId=${instanceId}`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.applications.map((a: any) => a.policyId).sort()).toEqual(madeUnder.sort());
    for (const application of listed.body.applications)
      expect(application).toMatchObject({ computeInstanceId: instanceId, enabled: true, status: "OK" });
  });

  it("apply: an Operation; processing (listed only with showProcessing) until it lands, then OK; an instance may carry several policies", async () => {
    const target = testEmulator();
    const { unapplied, backupless } = fixture(target);
    const [first, second] = unapplied;
    const started = await apply(target, first!.id, backupless.id);
    expect(started.status).toBe(200);
    expect(started.body.metadata).toEqual({
      "@type": APPLY_METADATA,
      policyId: first!.id,
      computeInstanceId: backupless.id,
    });
    expect((await applicationsOf(target, first!.id)).body.applications ?? []).toEqual([]);
    const processing = await applicationsOf(target, first!.id, "?showProcessing=true");
    expect(processing.body.applications).toEqual([
      expect.objectContaining({ policyId: first!.id, computeInstanceId: backupless.id, isProcessing: true }),
    ]);
    expect(processing.body.applications[0].status).toBeUndefined();
    expect(await policiesOf(target, backupless.id)).toEqual([]);

    const done = await finish(target, started.body.id);
    expect(done.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
    const landed = await applicationsOf(target, first!.id);
    expect(landed.body.applications).toEqual([
      {
        policyId: first!.id,
        computeInstanceId: backupless.id,
        enabled: true,
        status: "OK",
        createdAt: expect.any(String),
      },
    ]);

    await finish(target, (await apply(target, second!.id, backupless.id)).body.id);
    expect((await policiesOf(target, backupless.id)).sort()).toEqual([first!.id, second!.id].sort());
    const byFolder = await applicationsOf(target, first!.id, `?folderId=${DEFAULT_SEED_FOLDER_ID}`);
    expect(byFolder.body.applications.filter((a: any) => a.computeInstanceId === backupless.id)).toHaveLength(2);
  });

  it("apply to an instance not registered (unknown, or its resource deleted) → 404; twice → 409 ALREADY_EXISTS; same key → same Operation", async () => {
    const target = testEmulator();
    const { unapplied, backupless, state } = fixture(target);
    const policy = unapplied[0]!;
    expect((await apply(target, policy.id, "fhmunknowninstance00")).status).toBe(404);
    const resource = state.resources.find((r) => r.resource.computeInstanceId === backupless.id)!;
    const deletion = await target.json(
      "DELETE",
      `/backup/v1/resources/${backupless.id}?resourceId=${resource.resource.resourceId}`,
      { headers: { "idempotency-key": newKey() } },
    );
    await finish(target, deletion.body.id);
    const notRegistered = await apply(target, policy.id, backupless.id);
    expect(notRegistered.status).toBe(404);
    expect(notRegistered.body.message).toMatch(/Resource/);

    const other = state.instances.find(
      (instance) =>
        instance.folderId === DEFAULT_SEED_FOLDER_ID &&
        instance.id !== backupless.id &&
        !state.applications.some((a) => a.policyId === policy.id && a.computeInstanceId === instance.id),
    )!;
    const key = newKey();
    const started = await apply(target, policy.id, other.id, key);
    expect((await apply(target, policy.id, other.id, key)).body.id).toBe(started.body.id);
    expect((await apply(target, policy.id, other.id)).status).toBe(409);
    await finish(target, started.body.id);
    const again = await apply(target, policy.id, other.id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe(6);
    expect((await apply(target, "cbqunknownpolicy0000", other.id)).status).toBe(404);
  });

  it("revoke: an Operation removing the application once done; its backups stay; nothing to revoke → 404", async () => {
    const target = testEmulator();
    const { computeBackup, state } = fixture(target);
    const { policyId, computeInstanceId } = computeBackup.backup;
    const started = await revoke(target, policyId, computeInstanceId);
    expect(started.status).toBe(200);
    expect(started.body.metadata).toEqual({ "@type": REVOKE_METADATA, policyId, computeInstanceId });
    // While it runs, a second revocation → 409.
    expect((await revoke(target, policyId, computeInstanceId)).status).toBe(409);
    expect(await policiesOf(target, computeInstanceId)).toContain(policyId);
    await finish(target, started.body.id);
    expect(await policiesOf(target, computeInstanceId)).not.toContain(policyId);
    const applications = await applicationsOf(target, policyId, "?showProcessing=true");
    expect((applications.body.applications ?? []).map((a: any) => a.computeInstanceId)).not.toContain(
      computeInstanceId,
    );
    const backups = await target.json("GET", `/backup/v1/backups?computeInstanceId=${computeInstanceId}&pageSize=1000`);
    expect(backups.body.backups.length).toBe(
      state.backups.filter((r) => r.backup.computeInstanceId === computeInstanceId).length,
    );
    expect((await revoke(target, policyId, computeInstanceId)).status).toBe(404);
  });

  it("an application whose operation fails (an operationError fault) leaves nothing behind; the Terraform retry then succeeds", async () => {
    const target = testEmulator();
    const { unapplied, backupless } = fixture(target);
    const policy = unapplied[0]!;
    target.emulator.faults.add({
      operationId: "applyPolicy",
      operationError: { code: "UNAVAILABLE", message: "agent unreachable" },
      times: 1,
    });
    const failed = await apply(target, policy.id, backupless.id);
    const done = await finish(target, failed.body.id);
    expect(done.error).toEqual({ code: 14, message: "agent unreachable" });
    expect((await applicationsOf(target, policy.id, "?showProcessing=true")).body.applications ?? []).toEqual([]);
    const retried = await apply(target, policy.id, backupless.id);
    expect(retried.status).toBe(200);
    await finish(target, retried.body.id);
    expect(await policiesOf(target, backupless.id)).toEqual([policy.id]);
  });

  it("deletePolicy revokes its applications in the same step", async () => {
    const target = testEmulator();
    const { computeBackup } = fixture(target);
    const { policyId, computeInstanceId } = computeBackup.backup;
    expect((await applicationsOf(target, policyId)).body.applications.length).toBeGreaterThan(0);
    const deletion = await target.json("DELETE", `/backup/v1/policies/${policyId}`, {
      headers: { "idempotency-key": newKey() },
    });
    await finish(target, deletion.body.id);
    expect(await policiesOf(target, computeInstanceId)).not.toContain(policyId);
    const byInstance = await applicationsOf(
      target,
      policyId,
      `?computeInstanceId=${computeInstanceId}&showProcessing=true`,
    );
    expect((byInstance.body.applications ?? []).map((a: any) => a.policyId)).not.toContain(policyId);
    expect((await applicationsOf(target, policyId)).status).toBe(404);
  });

  it("listPolicyApplications: folderId and computeInstanceId together → 400 naming both", async () => {
    const target = testEmulator();
    const { computeBackup } = fixture(target);
    const both = await applicationsOf(
      target,
      computeBackup.backup.policyId,
      `?folderId=${DEFAULT_SEED_FOLDER_ID}&computeInstanceId=${computeBackup.backup.computeInstanceId}`,
    );
    expect(both.status).toBe(400);
    expect(both.body.message).toMatch(/folderId.*computeInstanceId/);
  });

  it(`the cloud connects at most ${CONNECTED_QUOTA.COMPUTE} VMs: applying a policy to one more → 429 RESOURCE_EXHAUSTED`, async () => {
    const base = generateSeed({ backups: 10 });
    const template = base.resources.find(
      (r) => r.folderId === DEFAULT_SEED_FOLDER_ID && r.resource.type === "COMPUTE",
    )!;
    const policy = base.policies.find((p) => p.folderId === DEFAULT_SEED_FOLDER_ID)!;
    const connected = new Set(
      base.applications
        .filter(
          (a) =>
            base.resources.find((r) => r.resource.computeInstanceId === a.computeInstanceId)?.resource.type ===
            "COMPUTE",
        )
        .map((a) => a.computeInstanceId),
    );
    const state: EmulatorState = structuredClone(base);
    // Fill the quota up to one short with VMs bound to the policy, and add two VMs bound to nothing.
    const add = (index: number, bind: boolean) => addRegisteredVm(state, template, index, bind ? policy : undefined);
    for (let index = connected.size; index < CONNECTED_QUOTA.COMPUTE - 1; index++) add(index, true);
    const last = add(100, false);
    const beyond = add(101, false);
    const target = testEmulator({ state });
    const fits = await apply(target, policy.id, last);
    expect(fits.status).toBe(200);
    const refused = await apply(target, policy.id, beyond);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe(8);
    expect(refused.body.message).toMatch(/backup\.vms\.count/);
    // A VM already connected may take one more policy.
    const another = base.policies.find((p) => p.folderId === DEFAULT_SEED_FOLDER_ID && p.id !== policy.id)!;
    expect((await apply(target, another.id, last)).status).toBe(200);
  });
});
