// A backup made by executePolicy, and an execution still running, survive a restart on the same SQLite file:
// the running one resumes and lands its backup after, with a task number (seq) no other backup has.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator } from "../support/emulator.js";
import { finish, newKey, unappliedPolicies } from "../support/policies.js";
import { seeded } from "../support/seeded.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-execute-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("executePolicy across a restart on the same SQLite file", () => {
  it("a finished execution's backup and archive survive; one in flight resumes and lands", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const { state, backupless } = seeded(first.emulator);
    const policy = unappliedPolicies(state)[0]!;
    const send = (path: string, body: unknown) =>
      first.json("POST", path, { body, headers: { "idempotency-key": newKey() } });
    const apply = await send(`/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: backupless.id });
    await finish(first, apply.body.id);
    const done = await send(`/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: backupless.id });
    await finish(first, done.body.id);
    const running = await send(`/backup/v1/policies/${policy.id}:execute`, { computeInstanceId: backupless.id });
    const listedBefore = (await first.json("GET", `/backup/v1/backups?computeInstanceId=${backupless.id}`)).body
      .backups;
    expect(listedBefore).toHaveLength(1);
    first.emulator.close();

    const second = testEmulator({ storage: openSqliteStorage(file) });
    const listed = async () =>
      (await second.json("GET", `/backup/v1/backups?computeInstanceId=${backupless.id}`)).body.backups ?? [];
    expect(await listed()).toEqual(listedBefore);
    const archives = (await second.json("GET", `/backup/v1/backups/${backupless.id}/archives`)).body.archives;
    expect(archives.map((archive: any) => archive.id)).toEqual([listedBefore[0].archiveId]);
    const resource = (await second.json("GET", `/backup/v1/resources/${backupless.id}`)).body.resource;
    expect(resource.status).toBe("BACKUPING");
    expect(resource.lastBackupTime).toBe(listedBefore[0].createdAt);
    // The clock is not saved: the new manual clock starts again before the execution's start.
    second.emulator.clock.advance(600_000);
    await finish(second, running.body.id);
    const after = await listed();
    expect(after).toHaveLength(2);
    expect(after.map((backup: any) => backup.type).sort()).toEqual(["FULL", "INCREMENTAL"]);
    const tasks = (await second.json("GET", `/backup/v1/resources/${backupless.id}/tasks`)).body.tasks;
    // Two backups and the application before them, each its own task.
    expect(tasks.map((task: any) => task.type)).toEqual(["BACKUP", "BACKUP", "APPLY_POLICY"]);
    expect(new Set(tasks.map((task: any) => task.id)).size).toBe(3);
    second.emulator.close();

    // And once more: the second backup was committed too.
    const third = testEmulator({ storage: openSqliteStorage(file) });
    expect(
      ((await third.json("GET", `/backup/v1/backups?computeInstanceId=${backupless.id}`)).body.backups ?? []).length,
    ).toBe(2);
    third.emulator.close();
  });
});
