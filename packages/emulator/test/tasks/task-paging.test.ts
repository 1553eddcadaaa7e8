// listResourceTasks pages the stored tasks newest first by keyset tokens: tasks added between pages are not
// skipped nor repeated, a token only works for the resource that made it, and the seed's tasks carry the times
// the emulator derived from each backup before tasks were stored.
import { describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { finish, newKey, unappliedPolicies } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { allTasks, taskPage } from "../support/tasks.js";

const post = (target: TestEmulator, path: string, body: unknown) =>
  target.json("POST", path, { body, headers: { "idempotency-key": newKey() } });

/** The instance with the most seeded backups, and its stored tasks newest first. */
function busiestInstance(target: TestEmulator) {
  const { state } = seeded(target.emulator);
  const counts = new Map<string, number>();
  for (const task of state.tasks)
    counts.set(task.task.computeInstanceId, (counts.get(task.task.computeInstanceId) ?? 0) + 1);
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const newestFirst = state.tasks
    .filter((task) => task.task.computeInstanceId === id)
    .sort((a, b) => b.createdAtMs - a.createdAtMs || b.seq - a.seq)
    .map((task) => task.task.id);
  return { state, id, newestFirst };
}

describe("listResourceTasks over stored tasks", () => {
  it("walks many tasks newest first, page by page, each once", async () => {
    const target = testEmulator({ seed: { backups: 3_000 } });
    const { id, newestFirst } = busiestInstance(target);
    expect(newestFirst.length).toBeGreaterThan(100);
    const walked = await allTasks(target, id, 7);
    expect(walked.map((task) => task.id)).toEqual(newestFirst);
    const firstPage = await taskPage(target, id);
    expect(firstPage.tasks.map((task: any) => task.id)).toEqual(newestFirst.slice(0, firstPage.tasks.length));
  });

  it("a task added between pages appears on a first page, not in the walk already under way", async () => {
    const target = testEmulator();
    const { state, backupless } = seeded(target.emulator);
    const policies = unappliedPolicies(state);
    expect(policies.length).toBeGreaterThanOrEqual(2);
    for (const policy of policies.slice(0, 2)) {
      await finish(
        target,
        (await post(target, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: backupless.id })).body.id,
      );
    }
    const page1 = await taskPage(target, backupless.id, "?pageSize=1");
    expect(page1.nextPageToken).toBeTruthy();
    // A newer task lands meanwhile.
    await post(target, `/backup/v1/policies/${policies[0]!.id}:revoke`, { computeInstanceId: backupless.id });
    const page2 = await taskPage(
      target,
      backupless.id,
      `?pageSize=1&pageToken=${encodeURIComponent(page1.nextPageToken)}`,
    );
    expect(page2.tasks).toHaveLength(1);
    expect(BigInt(page2.tasks[0].id)).toBeLessThan(BigInt(page1.tasks[0].id));
    expect(page2.nextPageToken ?? "").toBe("");
    expect((await taskPage(target, backupless.id, "?pageSize=1")).tasks[0].type).toBe("REVOKE_POLICY");
  });

  it("a page token from another resource's tasks, or a made-up one, is refused with 400 naming pageToken", async () => {
    const target = testEmulator();
    const { id } = busiestInstance(target);
    const { backupless } = seeded(target.emulator);
    const token = (await taskPage(target, id, "?pageSize=1")).nextPageToken;
    expect(token).toBeTruthy();
    for (const bad of [token, "not-a-token"]) {
      const answer = await target.json(
        "GET",
        `/backup/v1/resources/${backupless.id}/tasks?pageToken=${encodeURIComponent(bad)}`,
      );
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body.details)).toContain("pageToken");
    }
  });

  it("the seed's tasks: one BACKUP task per backup, numbered in the order the backups were made, timed at 100 MiB/s (at least a minute)", async () => {
    const target = testEmulator();
    const { state } = seeded(target.emulator);
    expect(state.tasks).toHaveLength(state.backups.length);
    expect(state.nextTaskSeq).toBe(state.backups.length + 1);
    const byBackupSeq = new Map(state.backups.map((record) => [record.seq, record]));
    for (const { task } of state.tasks) {
      const backup = byBackupSeq.get(Number(task.id) - 1)!.backup;
      const runMs = Math.max(60_000, Math.round(Number(backup.size) / ((100 * 2 ** 20) / 1000)));
      expect(task).toEqual({
        id: task.id,
        cancellable: false,
        policyId: backup.policyId,
        type: "BACKUP",
        progress: { current: backup.size, total: backup.size },
        status: "COMPLETED",
        enqueuedAt: backup.createdAt,
        startedAt: backup.createdAt,
        updatedAt: new Date(Date.parse(backup.createdAt) + runMs).toISOString(),
        completedAt: new Date(Date.parse(backup.createdAt) + runMs).toISOString(),
        computeInstanceId: backup.computeInstanceId,
        resultCode: "OK",
        error: "",
      });
    }
  });
});
