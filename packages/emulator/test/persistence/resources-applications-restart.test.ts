// An application made, one revoked and a resource deleted on a SQLite file are still so when an emulator opens
// the same file again; an application still processing resumes and lands.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-resources-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("resources and applications across a restart on the same SQLite file", () => {
  it("an application, a revocation and a deleted resource survive; a processing application lands after", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const { state, backupless, computeBackup, bmsBackup } = seeded(first.emulator);
    const [applied, processing] = state.policies.filter(
      (policy) =>
        policy.folderId === DEFAULT_SEED_FOLDER_ID && !state.applications.some((a) => a.policyId === policy.id),
    );
    const send = (method: string, path: string, body?: unknown) =>
      first.json(method, path, { ...(body !== undefined && { body }), headers: { "idempotency-key": newKey() } });
    const apply = await send("POST", `/backup/v1/policies/${applied!.id}:apply`, { computeInstanceId: backupless.id });
    await finish(first, apply.body.id);
    const { policyId, computeInstanceId } = computeBackup.backup;
    const revoke = await send("POST", `/backup/v1/policies/${policyId}:revoke`, { computeInstanceId });
    await finish(first, revoke.body.id);
    const bms = bmsBackup.backup;
    const deletion = await send("DELETE", `/backup/v1/resources/${bms.computeInstanceId}?resourceId=${bms.resourceId}`);
    await finish(first, deletion.body.id);
    const pending = await send("POST", `/backup/v1/policies/${processing!.id}:apply`, {
      computeInstanceId: backupless.id,
    });
    first.emulator.close();

    const second = testEmulator({ storage: openSqliteStorage(file) });
    const policiesOf = async (id: string) =>
      ((await second.json("GET", `/backup/v1/policies?computeInstanceId=${id}`)).body.policies ?? []).map(
        (policy: any) => policy.id,
      );
    expect(await policiesOf(backupless.id)).toEqual([applied!.id]);
    expect(await policiesOf(computeInstanceId)).not.toContain(policyId);
    expect((await second.json("GET", `/backup/v1/resources/${bms.computeInstanceId}`)).status).toBe(404);
    // Its backups stay.
    const backups = await second.json("GET", `/backup/v1/backups?computeInstanceId=${bms.computeInstanceId}`);
    expect(backups.body.backups.length).toBeGreaterThan(0);
    const listed = await second.json("GET", `/backup/v1/policies/${processing!.id}/applications?showProcessing=true`);
    expect(listed.body.applications).toEqual([expect.objectContaining({ isProcessing: true })]);
    // The clock is not saved: the new manual clock starts again before the application's start.
    second.emulator.clock.advance(600_000);
    await finish(second, pending.body.id);
    expect((await policiesOf(backupless.id)).sort()).toEqual([applied!.id, processing!.id].sort());
    second.emulator.close();
  });
});
