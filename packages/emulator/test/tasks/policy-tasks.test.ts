// applyPolicy and revokePolicy leave APPLY_POLICY and REVOKE_POLICY tasks on the instance's resource, following
// their operation; a cancelled one ends CANCELLED, a failed one ERROR. Policy, provider, resource operations and
// backup deletions leave none.
import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { finish, newKey, unappliedPolicies } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { allTasks, newestTask } from "../support/tasks.js";

const post = (target: TestEmulator, path: string, body: unknown) =>
  target.json("POST", path, { body, headers: { "idempotency-key": newKey() } });

function unappliedPolicy(target: TestEmulator) {
  const { state, backupless } = seeded(target.emulator);
  const policy = unappliedPolicies(state)[0]!;
  return { policy, instance: backupless };
}

describe("tasks of applyPolicy and revokePolicy", () => {
  it("apply: an APPLY_POLICY task STARTED, then COMPLETED OK; revoke: a REVOKE_POLICY task after it", async () => {
    const target = testEmulator();
    const { policy, instance } = unappliedPolicy(target);
    expect(await newestTask(target, instance.id)).toBeUndefined();
    const applied = await post(target, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id });
    const running = await newestTask(target, instance.id);
    expect(running).toMatchObject({ type: "APPLY_POLICY", status: "STARTED", policyId: policy.id });
    await finish(target, applied.body.id);
    const done = await newestTask(target, instance.id);
    expect(done).toMatchObject({ id: running.id, status: "COMPLETED", resultCode: "OK" });

    const revoked = await post(target, `/backup/v1/policies/${policy.id}:revoke`, { computeInstanceId: instance.id });
    const revoking = await newestTask(target, instance.id);
    expect(revoking).toMatchObject({ type: "REVOKE_POLICY", status: "STARTED", policyId: policy.id });
    expect(BigInt(revoking.id)).toBeGreaterThan(BigInt(done.id));
    await finish(target, revoked.body.id);
    expect(await newestTask(target, instance.id)).toMatchObject({
      id: revoking.id,
      status: "COMPLETED",
      resultCode: "OK",
    });
  });

  it("a cancelled apply ends its task CANCELLED; a failed revoke ends its task ERROR", async () => {
    const target = testEmulator();
    const { policy, instance } = unappliedPolicy(target);
    const applied = await post(target, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id });
    expect((await target.json("GET", `/operations/${applied.body.id}:cancel`)).status).toBe(200);
    expect(await newestTask(target, instance.id)).toMatchObject({ type: "APPLY_POLICY", resultCode: "CANCELLED" });

    await finish(
      target,
      (await post(target, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id })).body.id,
    );
    target.emulator.faults.add({
      operationId: "revokePolicy",
      operationError: { code: "UNAVAILABLE", message: "agent unreachable" },
      times: 1,
    });
    await finish(
      target,
      (await post(target, `/backup/v1/policies/${policy.id}:revoke`, { computeInstanceId: instance.id })).body.id,
    );
    expect(await newestTask(target, instance.id)).toMatchObject({
      type: "REVOKE_POLICY",
      resultCode: "ERROR",
      error: "agent unreachable",
    });
  });

  it("a backup deletion leaves no task, and the backup's own task stays listed", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const before = target.emulator.snapshot().tasks.length;
    const deleted = await target.json(
      "DELETE",
      `/backup/v1/backups/${computeBackup.backup.computeInstanceId}/${computeBackup.backup.id}`,
    );
    expect(deleted.status).toBe(200);
    await finish(target, deleted.body.id);
    const { tasks } = target.emulator.snapshot();
    expect(tasks.length).toBe(before);
    const own = tasks.find((task) => task.task.id === String(computeBackup.seq + 1))!;
    expect(own.task).toMatchObject({ type: "BACKUP", enqueuedAt: computeBackup.backup.createdAt });
    const walked = await allTasks(target, computeBackup.backup.computeInstanceId, 1000);
    expect(walked.map((task) => task.id)).toContain(own.task.id);
  });
});
