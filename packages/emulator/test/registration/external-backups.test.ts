// An external machine's whole life: registered with a token, its policy applied, backed up by executePolicy
// (a backup of type EXTERNAL_VM), and recovered only onto a machine of its kind.
import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { issueToken } from "./support.js";

describe("an external VM's backups", () => {
  it("are listed by type EXTERNAL_VM and recover onto another EXTERNAL_VM, not onto a Compute VM", async () => {
    const target = testEmulator();
    const { backupless } = seeded(target.emulator);
    const policyId = target.emulator
      .snapshot()
      .policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)!.id;
    const source = target.emulator.agents.register({
      registrationToken: await issueToken(target, "AGENT_INSTALL_BASH_EXTERNAL_VM", [policyId]),
    });
    const spare = target.emulator.agents.register({
      registrationToken: await issueToken(target, "AGENT_INSTALL_POWERSHELL_EXTERNAL_VM"),
    });
    target.emulator.clock.advance(30_000);
    const send = (method: string, path: string, body: unknown) =>
      target.json(method, path, { body, headers: { "idempotency-key": newKey() } });
    const execution = await send("POST", `/backup/v1/policies/${policyId}:execute`, {
      computeInstanceId: source.computeInstanceId,
    });
    expect(execution.status, JSON.stringify(execution.body)).toBe(200);
    await finish(target, execution.body.id);
    const listed = await target.json("GET", `/backup/v1/backups?folderId=${DEFAULT_SEED_FOLDER_ID}&type=EXTERNAL_VM`);
    expect(listed.body.backups).toEqual([
      expect.objectContaining({
        computeInstanceId: source.computeInstanceId,
        resourceId: source.resourceId,
        type: "FULL",
      }),
    ]);
    const backupId = listed.body.backups[0].id;

    const ontoCompute = await send("POST", `/backup/v1/backups/${backupId}:startRecovery`, {
      computeInstanceId: backupless.id,
    });
    expect(ontoCompute.status).toBe(400);
    expect(ontoCompute.body.message).toMatch(
      /a backup of a EXTERNAL_VM resource and cannot be recovered onto instance .*, which is COMPUTE/,
    );
    const ontoSpare = await send("POST", `/backup/v1/backups/${backupId}:startRecovery`, {
      computeInstanceId: spare.computeInstanceId,
    });
    expect(ontoSpare.status).toBe(200);
  });
});
