// isActive and online: online says the agent reports (false while REGISTERING, and for the seed's silent agent);
// isActive turns false for the resource of an instance whose backup was recovered onto another instance, which
// now carries its agent's identity; deleteResource and a new registration make it active again.
import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { resourceOf } from "./support.js";

describe("isActive and online", () => {
  it("a recovery onto another instance makes the source's resource inactive once done; onto itself, nothing changes", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    const { computeInstanceId: sourceId, resourceId } = computeBackup.backup;
    const recover = (onto: string) =>
      target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
        body: { computeInstanceId: onto },
        headers: { "idempotency-key": newKey() },
      });
    await finish(target, (await recover(sourceId)).body.id);
    expect((await resourceOf(target, sourceId)).isActive).toBe(true);

    const elsewhere = await recover(backupless.id);
    expect(elsewhere.status).toBe(200);
    expect((await resourceOf(target, sourceId)).isActive).toBe(true);
    await finish(target, elsewhere.body.id);
    const outdated = await resourceOf(target, sourceId);
    expect(outdated.isActive ?? false).toBe(false);
    expect(outdated.online).toBe(true);
    expect((await resourceOf(target, backupless.id)).isActive).toBe(true);

    // Re-initialising the agent: delete the outdated resource, register the instance again.
    const deletion = await target.json("DELETE", `/backup/v1/resources/${sourceId}?resourceId=${resourceId}`, {
      headers: { "idempotency-key": newKey() },
    });
    await finish(target, deletion.body.id);
    target.emulator.agents.register({ kind: "COMPUTE", instanceId: sourceId });
    target.emulator.clock.advance(30_000);
    expect(await resourceOf(target, sourceId)).toMatchObject({ isActive: true, initStatus: "REGISTRED" });
  });

  it("a failed recovery onto another instance leaves the source active", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    target.emulator.faults.add({
      operationId: "startRecovery",
      operationError: { code: "INTERNAL", message: "boom" },
      times: 1,
    });
    const started = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: backupless.id },
      headers: { "idempotency-key": newKey() },
    });
    target.emulator.clock.advance(60_000);
    const operation = await target.json("GET", `/operations/${started.body.id}`);
    expect(operation.body.error).toMatchObject({ code: 13 });
    expect((await resourceOf(target, computeBackup.backup.computeInstanceId)).isActive).toBe(true);
  });

  it("the seed's silent agent is offline (OTHER, with details), every other seeded resource online", () => {
    const state = testEmulator().emulator.snapshot();
    const offline = state.resources.filter((record) => !record.resource.online);
    expect(offline).toHaveLength(1);
    expect(offline[0]!.resource).toMatchObject({ status: "OTHER", initStatus: "REGISTRED", isActive: true });
    expect(offline[0]!.resource.statusDetails).toMatch(/has not reported/);
  });
});
