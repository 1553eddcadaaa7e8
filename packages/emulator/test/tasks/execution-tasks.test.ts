// executePolicy leaves a BACKUP task on the instance's resource: STARTED with the operation's progress while it
// runs, COMPLETED OK with its times and the backup's bytes when the backup lands; a failure fault ends it ERROR.
import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { finish, newKey, unappliedPolicies } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { newestTask } from "../support/tasks.js";

const post = (target: TestEmulator, path: string, body: unknown) =>
  target.json("POST", path, { body, headers: { "idempotency-key": newKey() } });

/** The default folder's spare instance with one of the folder's unapplied policies applied (and landed). */
async function appliedPair(target: TestEmulator) {
  const { state, backupless: instance } = seeded(target.emulator);
  const policy = unappliedPolicies(state)[0]!;
  await finish(
    target,
    (await post(target, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instance.id })).body.id,
  );
  return { policy, instance };
}

describe("tasks of executePolicy", () => {
  it("a BACKUP task STARTED with the operation's progress, then COMPLETED OK with its times and the backup's bytes", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    const startedAt = new Date(target.emulator.clock.now()).toISOString();
    const started = await post(target, `/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: instance.id });
    expect(started.status).toBe(200);

    const queued = await newestTask(target, instance.id);
    expect(queued).toMatchObject({ type: "BACKUP", status: "STARTED", policyId: policy.id, enqueuedAt: startedAt });
    expect(queued.startedAt).toBe(startedAt);
    expect(queued.completedAt).toBeUndefined();
    expect(queued.resultCode).toBeUndefined();
    expect(queued.cancellable).toBeUndefined();

    target.emulator.clock.advance(2_000);
    const running = await newestTask(target, instance.id);
    expect(running).toMatchObject({ id: queued.id, status: "STARTED", progress: { current: "40", total: "100" } });
    expect(running.updatedAt).toBe(new Date(target.emulator.clock.now()).toISOString());
    const operation = (await target.json("GET", `/operations/${started.body.id}`)).body;
    expect(operation.metadata.progressPercentage).toBe(40);

    target.emulator.clock.advance(3_000);
    const endedAt = new Date(target.emulator.clock.now()).toISOString();
    const done = await newestTask(target, instance.id);
    const backup = (await target.json("GET", `/backup/v1/backups?computeInstanceId=${instance.id}`)).body.backups[0];
    expect(done).toEqual({
      id: queued.id,
      policyId: policy.id,
      type: "BACKUP",
      progress: { current: backup.size, total: backup.size },
      status: "COMPLETED",
      enqueuedAt: startedAt,
      startedAt,
      updatedAt: endedAt,
      completedAt: endedAt,
      computeInstanceId: instance.id,
      resultCode: "OK",
    });
    expect(backup.createdAt).toBe(endedAt);
  });

  it("an operationError fault: the task COMPLETED with ERROR and the failure's message, the resource FAILED with statusDetails", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    target.emulator.faults.add({
      operationId: "executePolicy",
      operationError: { code: "INTERNAL", message: "agent lost the disk" },
      times: 1,
    });
    const started = await post(target, `/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: instance.id });
    target.emulator.clock.advance(1_000);
    const running = await newestTask(target, instance.id);
    expect(running).toMatchObject({ status: "STARTED", progress: { current: "20" } });
    await finish(target, started.body.id);
    const failed = await newestTask(target, instance.id);
    expect(failed).toMatchObject({
      id: running.id,
      type: "BACKUP",
      status: "COMPLETED",
      resultCode: "ERROR",
      error: "agent lost the disk",
      progress: { current: "20", total: "100" },
    });
    expect(failed.completedAt).toBe(new Date(target.emulator.clock.now()).toISOString());
    const resource = (await target.json("GET", `/backup/v1/resources/${instance.id}`)).body.resource;
    expect(resource.status).toBe("FAILED");
    expect(resource.statusDetails).toContain("agent lost the disk");
  });

  it("an execution whose policy is deleted before it lands: no backup, its task ends ERROR saying so", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    const started = await post(target, `/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: instance.id });
    const deletion = await target.json("DELETE", `/backup/v1/policies/${policy.id}`);
    expect(deletion.status).toBe(200);
    target.emulator.clock.advance(1_500);
    expect((await target.json("GET", `/operations/${deletion.body.id}`)).body.done).toBe(true);
    await finish(target, started.body.id);
    expect(await newestTask(target, instance.id)).toMatchObject({
      type: "BACKUP",
      status: "COMPLETED",
      resultCode: "ERROR",
      error: `Policy ${policy.id} was deleted before the backup ran`,
    });
  });

  it("an Idempotency-Key repeat of the execution starts no second task", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    const key = newKey();
    const send = () =>
      target.json("POST", `/backup/v1/policies/${policy.id}:execute`, {
        body: { computeInstanceId: instance.id },
        headers: { "idempotency-key": key },
      });
    const first = await send();
    const count = target.emulator.snapshot().tasks.length;
    const again = await send();
    expect(again.body.id).toBe(first.body.id);
    expect(target.emulator.snapshot().tasks.length).toBe(count);
  });

  it("cancelling the execution ends its task CANCELLED", async () => {
    const target = testEmulator();
    const { policy, instance } = await appliedPair(target);
    const started = await post(target, `/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: instance.id });
    target.emulator.clock.advance(1_000);
    expect((await target.json("GET", `/operations/${started.body.id}:cancel`)).status).toBe(200);
    const cancelled = await newestTask(target, instance.id);
    expect(cancelled).toMatchObject({ type: "BACKUP", status: "COMPLETED", resultCode: "CANCELLED" });
    expect(cancelled.error).toContain(started.body.id);
    expect(cancelled.completedAt).toBe(new Date(target.emulator.clock.now()).toISOString());
    // It stays so: nothing lands later.
    target.emulator.clock.advance(60_000);
    expect(await newestTask(target, instance.id)).toEqual(cancelled);
  });
});
