// getAgentInstallCommand: the docs' command shape per type, carrying a registration token the state keeps; the
// folder checked as every handler does, and each policy checked to be one of the folder's.
import { describe, expect, it } from "vitest";
import { tokenOfInstallCommand } from "../../src/registration/install-command.js";
import { FORBIDDEN_FOLDER_ID } from "../../src/index.js";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, NOT_ACTIVATED_FOLDER_ID, newKey } from "../support/policies.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function installCommand(target: ReturnType<typeof testEmulator>, body: unknown) {
  return target.json("POST", "/backup/v1/setup/getAgentInstallCommand", {
    body,
    headers: { "idempotency-key": newKey() },
  });
}

describe("getAgentInstallCommand", () => {
  it.each([
    [
      "AGENT_INSTALL_BASH_EXTERNAL_VM",
      /^sudo apt-get update && .*agent_installer_external_vm\.sh \| sudo bash -s -- --instance-registration-token="[^"]+"$/,
    ],
    [
      "AGENT_INSTALL_BASH_EXTERNAL_SERVER",
      /^sudo apt-get update && .*agent_installer_external_server\.sh \| sudo bash -s -- --instance-registration-token="[^"]+"$/,
    ],
    [
      "AGENT_INSTALL_POWERSHELL_EXTERNAL_VM",
      /Invoke-WebRequest .*agent_installer_external_vm\.ps1.* -InstanceRegistrationToken "[^"]+"$/,
    ],
    [
      "AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER",
      /Invoke-WebRequest .*agent_installer_external_server\.ps1.* -InstanceRegistrationToken "[^"]+"$/,
    ],
  ])(
    "%s: the command for it, with a new token the state keeps (folder, type, policies, issue time)",
    async (type, shape) => {
      const target = testEmulator();
      const policyId = target.emulator
        .snapshot()
        .policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)!.id;
      const { status, body } = await installCommand(target, {
        folderId: DEFAULT_SEED_FOLDER_ID,
        type,
        policyIds: [policyId],
      });
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.command).toMatch(shape);
      const token = tokenOfInstallCommand(body.command)!;
      expect(token).toMatch(UUID);
      expect(target.emulator.snapshot().registrationTokens).toEqual([
        {
          token,
          folderId: DEFAULT_SEED_FOLDER_ID,
          type,
          policyIds: [policyId],
          issuedAt: "2026-11-01T00:00:00.000Z",
          issuedAtMs: Date.parse("2026-11-01T00:00:00.000Z"),
          usedBy: "",
        },
      ]);
    },
  );

  it("each call issues a new token; policyIds may be left out, and a repeated one is kept once", async () => {
    const target = testEmulator();
    const policyId = target.emulator
      .snapshot()
      .policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)!.id;
    const body = { folderId: DEFAULT_SEED_FOLDER_ID, type: "AGENT_INSTALL_BASH_EXTERNAL_VM" };
    const first = await installCommand(target, body);
    const second = await installCommand(target, { ...body, policyIds: [policyId, policyId] });
    expect(tokenOfInstallCommand(first.body.command)).not.toBe(tokenOfInstallCommand(second.body.command));
    const tokens = target.emulator.snapshot().registrationTokens;
    expect(tokens.map((token) => token.policyIds)).toEqual([[], [policyId]]);
  });

  it("an unknown folder → 404, the forbidden one → 403, and no token is issued", async () => {
    const target = testEmulator();
    const unknown = await installCommand(target, {
      folderId: "b1gnosuchfolder00000",
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/Folder b1gnosuchfolder00000 not found/);
    const forbidden = await installCommand(target, {
      folderId: FORBIDDEN_FOLDER_ID,
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
    });
    expect(forbidden.status).toBe(403);
    expect(target.emulator.snapshot().registrationTokens).toEqual([]);
  });

  it("a policy that is not one of the folder's (unknown, or another folder's) → 404 naming it, and no token", async () => {
    const target = testEmulator();
    const state = target.emulator.snapshot();
    const own = state.policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)!.id;
    const elsewhere = state.policies.find((policy) => policy.folderId !== DEFAULT_SEED_FOLDER_ID)!.id;
    const unknown = await installCommand(target, {
      folderId: DEFAULT_SEED_FOLDER_ID,
      type: "AGENT_INSTALL_BASH_EXTERNAL_SERVER",
      policyIds: [own, "cbqnosuchpolicy000000"],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe(`Policy cbqnosuchpolicy000000 in folder ${DEFAULT_SEED_FOLDER_ID} not found`);
    const other = await installCommand(target, {
      folderId: DEFAULT_SEED_FOLDER_ID,
      type: "AGENT_INSTALL_BASH_EXTERNAL_SERVER",
      policyIds: [elsewhere],
    });
    expect(other.status).toBe(404);
    expect(other.body.message).toMatch(new RegExp(`Policy ${elsewhere} in folder`));
    expect(target.emulator.snapshot().registrationTokens).toEqual([]);
  });

  it("a folder whose provider is not activated still gets a command (no policies to check)", async () => {
    const target = testEmulator();
    const { status } = await installCommand(target, {
      folderId: NOT_ACTIVATED_FOLDER_ID,
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
    });
    expect(status).toBe(200);
  });

  it("type AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED is refused by validation (400)", async () => {
    const target = testEmulator();
    const { status } = await installCommand(target, {
      folderId: DEFAULT_SEED_FOLDER_ID,
      type: "AGENT_INSTALL_COMMAND_TYPE_UNSPECIFIED",
    });
    expect(status).toBe(400);
  });
});
