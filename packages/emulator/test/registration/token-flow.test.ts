// An external machine end to end: getAgentInstallCommand through @backup-api/client, the token taken out of the
// command, the agent's registration on the control surface (JS and HTTP), the token's policies applied once it
// is REGISTRED; and every way a token can be wrong.
import { createBackupClient } from "@backup-api/client";
import { describe, expect, it } from "vitest";
import { CONNECTED_QUOTA } from "../../src/applications/quota.js";
import { tokenOfInstallCommand } from "../../src/registration/install-command.js";
import { generateSeed, type EmulatorState } from "../../src/index.js";
import { ORIGIN, testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { addRegisteredVm } from "../support/quota-fleet.js";
import { appliedTo, issueToken, resourceOf } from "./support.js";

describe("registration with a token of getAgentInstallCommand", () => {
  it("through the client: command → token → control register → 30 s → listed REGISTRED with the token's policies OK", async () => {
    const target = testEmulator();
    const client = createBackupClient({ iamToken: "t", baseUrl: ORIGIN, fetch: target.fetch });
    const policies = (await client.policies.list({ folderId: DEFAULT_SEED_FOLDER_ID })).policies!.slice(0, 2);
    const policyIds = policies.map((policy) => policy.id!);
    const { command } = await client.setup.getAgentInstallCommand({
      folderId: DEFAULT_SEED_FOLDER_ID,
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
      policyIds,
    });
    const registrationToken = tokenOfInstallCommand(command!)!;
    const response = await target.emulator.fetch(`${ORIGIN}/_emulator/agents/register`, {
      method: "POST",
      body: JSON.stringify({ registrationToken, name: "office-nas" }),
    });
    expect(response.status).toBe(200);
    const registration = await response.json();
    expect(registration).toMatchObject({
      folderId: DEFAULT_SEED_FOLDER_ID,
      kind: "EXTERNAL_VM",
      name: "office-nas",
      initStatus: "REGISTERING",
      policyIds,
    });
    const id = registration.computeInstanceId;
    expect(id).toMatch(/^cdg/);
    const listed = async () => {
      const resources = [];
      for await (const resource of client.resources.listAll({ folderId: DEFAULT_SEED_FOLDER_ID, type: "EXTERNAL_VM" }))
        resources.push(resource);
      return resources;
    };
    expect((await listed()).map((resource) => [resource.computeInstanceId, resource.initStatus])).toEqual([
      [id, "REGISTERING"],
    ]);
    expect(await appliedTo(target, id)).toEqual([]);
    await target.emulator.fetch(`${ORIGIN}/_emulator/clock/advance`, {
      method: "POST",
      body: JSON.stringify({ ms: 30_000 }),
    });
    expect(
      (await listed()).map((resource) => [resource.computeInstanceId, resource.initStatus, resource.online]),
    ).toEqual([[id, "REGISTRED", true]]);
    const applications = await client.policies.listApplications({ policyId: policyIds[0]!, computeInstanceId: id });
    expect(applications.applications!.map((application) => [application.policyId, application.status]).sort()).toEqual(
      policyIds.map((policyId) => [policyId, "OK"]).sort(),
    );
    expect(target.emulator.snapshot().registrationTokens[0]!.usedBy).toBe(id);
  });

  it("a token is single use, expires 24 h after it was issued, and decides the folder and the kind", async () => {
    const target = testEmulator();
    const { emulator } = target;
    const used = await issueToken(target, "AGENT_INSTALL_BASH_EXTERNAL_SERVER");
    const { computeInstanceId } = emulator.agents.register({ registrationToken: used });
    expect(() => emulator.agents.register({ registrationToken: used })).toThrow(
      `agents.register: registrationToken ${used} was already used to register instance ${computeInstanceId}; a token registers one machine: get a new command`,
    );
    expect(() => emulator.agents.register({ registrationToken: "6b1e0c3a-2d4f-4e8a-9c7b-5f3d1e9a7c2b" })).toThrow(
      /registrationToken "6b1e0c3a-2d4f-4e8a-9c7b-5f3d1e9a7c2b" was not issued by getAgentInstallCommand/,
    );
    const vmToken = await issueToken(target, "AGENT_INSTALL_POWERSHELL_EXTERNAL_VM");
    expect(() => emulator.agents.register({ registrationToken: vmToken, kind: "EXTERNAL_SERVER" })).toThrow(
      /kind EXTERNAL_SERVER does not match the registrationToken, which installs an agent of type AGENT_INSTALL_POWERSHELL_EXTERNAL_VM \(kind EXTERNAL_VM\)/,
    );
    expect(() => emulator.agents.register({ registrationToken: vmToken, kind: "COMPUTE" })).toThrow(/does not match/);
    const otherFolder = emulator
      .snapshot()
      .folders.find((folder) => folder.id !== DEFAULT_SEED_FOLDER_ID && !folder.forbidden)!.id;
    expect(() => emulator.agents.register({ registrationToken: vmToken, folderId: otherFolder })).toThrow(
      `agents.register: folderId ${otherFolder} is not the registrationToken's folder ${DEFAULT_SEED_FOLDER_ID}`,
    );
    // Refused requests leave the token unused: it still registers, until it expires.
    emulator.clock.advance(24 * 3600_000 - 1);
    expect(emulator.agents.register({ registrationToken: vmToken, kind: "EXTERNAL_VM" }).kind).toBe("EXTERNAL_VM");
    const late = await issueToken(target, "AGENT_INSTALL_BASH_EXTERNAL_VM");
    emulator.clock.advance(24 * 3600_000);
    expect(() => emulator.agents.register({ registrationToken: late })).toThrow(
      new RegExp(
        `registrationToken ${late} expired at 2026-11-02T23:59:59\\.999Z \\(issued at 2026-11-01T23:59:59\\.999Z`,
      ),
    );
  });

  it("over HTTP, a bad registration is a 400 Status naming the problem", async () => {
    const { emulator } = testEmulator();
    const register = async (body: string) => {
      const response = await emulator.fetch(`${ORIGIN}/_emulator/agents/register`, { method: "POST", body });
      return { status: response.status, body: await response.json() };
    };
    const unknown = await register(JSON.stringify({ registrationToken: "nope" }));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      code: 3,
      message: 'agents.register: registrationToken "nope" was not issued by getAgentInstallCommand',
    });
    expect(
      (await register(JSON.stringify({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "EXTERNAL_SERVER" }))).body.message,
    ).toMatch(/needs a registrationToken/);
    expect((await register("{")).status).toBe(400);
    expect((await register("[]")).body.message).toMatch(/the request must be an object/);
    const routes = await (await emulator.fetch(`${ORIGIN}/_emulator`)).json();
    expect(routes.routes.some((route: string) => route.startsWith("POST /_emulator/agents/register"))).toBe(true);
  });

  it("a policy deleted since the command was issued, or the VM quota used up, is not applied; metadata says why", async () => {
    const base = generateSeed({ backups: 10 });
    const policy = base.policies.find((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID)!;
    const state: EmulatorState = structuredClone(base);
    const template = state.resources.find(
      (record) => record.folderId === DEFAULT_SEED_FOLDER_ID && record.resource.type === "COMPUTE",
    )!;
    const connected = new Set(state.applications.map((application) => application.computeInstanceId));
    const vms = [...connected].filter(
      (id) => state.resources.find((record) => record.resource.computeInstanceId === id)?.resource.type !== "BMS",
    );
    for (let index = vms.length; index < CONNECTED_QUOTA.COMPUTE; index++)
      addRegisteredVm(state, template, index, policy);
    const target = testEmulator({ state });
    const token = await issueToken(target, "AGENT_INSTALL_BASH_EXTERNAL_VM", [policy.id]);
    const { computeInstanceId } = target.emulator.agents.register({ registrationToken: token });
    target.emulator.clock.advance(30_000);
    const resource = await resourceOf(target, computeInstanceId);
    expect(resource).toMatchObject({ initStatus: "REGISTRED", status: "IDLE" });
    expect(JSON.parse(resource.metadata)).toEqual({
      policiesNotApplied: [
        { policyId: policy.id, reason: expect.stringMatching(/^Quota backup\.vms\.count exceeded/) },
      ],
    });
    expect(await appliedTo(target, computeInstanceId)).toEqual([]);

    const fresh = testEmulator();
    const [kept, deleted] = fresh.emulator
      .snapshot()
      .policies.filter((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID);
    const both = await issueToken(fresh, "AGENT_INSTALL_BASH_EXTERNAL_SERVER", [kept!.id, deleted!.id]);
    const deletion = await fresh.json("DELETE", `/backup/v1/policies/${deleted!.id}`, {
      headers: { "idempotency-key": newKey() },
    });
    await finish(fresh, deletion.body.id);
    const registration = fresh.emulator.agents.register({ registrationToken: both });
    fresh.emulator.clock.advance(30_000);
    expect(await appliedTo(fresh, registration.computeInstanceId)).toEqual([`${kept!.id}:OK`]);
    expect(JSON.parse((await resourceOf(fresh, registration.computeInstanceId)).metadata)).toEqual({
      policiesNotApplied: [
        { policyId: deleted!.id, reason: `policy ${deleted!.id} was deleted after the command was issued` },
      ],
    });
  });
});
