// agents.register: what an agent does. Each kind is listed at once as REGISTERING, offline, and becomes
// REGISTRED, online and IDLE exactly when the registration time has passed on the emulator's clock.
import { describe, expect, it } from "vitest";
import { FORBIDDEN_FOLDER_ID } from "../../src/index.js";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, finish, newKey } from "../support/policies.js";
import { seeded } from "../support/seeded.js";
import { appliedTo, issueToken, resourceOf } from "./support.js";

const START = Date.parse("2026-11-01T00:00:00Z");

describe("agents.register", () => {
  it.each([
    ["COMPUTE", undefined],
    ["BMS", undefined],
    ["EXTERNAL_VM", "AGENT_INSTALL_BASH_EXTERNAL_VM"],
    ["EXTERNAL_SERVER", "AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER"],
  ] as const)("%s: REGISTERING at once, REGISTRED after exactly 30 s of the clock, not before", async (kind, type) => {
    const target = testEmulator();
    const registrationToken = type && (await issueToken(target, type));
    const registration = target.emulator.agents.register({
      folderId: DEFAULT_SEED_FOLDER_ID,
      kind,
      ...(registrationToken && { registrationToken }),
    });
    expect(registration).toMatchObject({
      folderId: DEFAULT_SEED_FOLDER_ID,
      kind,
      initStatus: "REGISTERING",
      registeredAt: new Date(START + 30_000).toISOString(),
      policyIds: [],
    });
    const id = registration.computeInstanceId;
    const registering = await resourceOf(target, id);
    expect(registering).toMatchObject({
      computeInstanceId: id,
      resourceId: registration.resourceId,
      initStatus: "REGISTERING",
      status: "OTHER",
      type: kind,
    });
    // Proto3 defaults are left out of answers: online, isActive and enabled are false.
    expect(registering.online ?? false).toBe(false);
    expect(registering.isActive ?? false).toBe(false);
    expect(registering.agentInfo).toBeUndefined();
    const listed = await target.json("GET", `/backup/v1/resources?folderId=${DEFAULT_SEED_FOLDER_ID}&type=${kind}`);
    expect(listed.body.resources.map((resource: any) => resource.computeInstanceId)).toContain(id);

    target.emulator.clock.advance(29_999);
    expect((await resourceOf(target, id)).initStatus).toBe("REGISTERING");
    target.emulator.clock.advance(1);
    const registered = await resourceOf(target, id);
    expect(registered).toMatchObject({
      initStatus: "REGISTRED",
      online: true,
      isActive: true,
      enabled: true,
      status: "IDLE",
      type: kind,
      updatedAt: new Date(START + 30_000).toISOString(),
      agentInfo: { currentVersion: "18.0.38811", latestVersion: "18.0.38811" },
    });
    expect(registered.statusDetails).toBeUndefined();
    const instance = target.emulator.describe().instances.find((entry) => entry.id === id)!;
    expect(instance).toMatchObject({ kind, folderId: DEFAULT_SEED_FOLDER_ID, registered: true });
  });

  it("the registration time is an option; 0 registers at once", async () => {
    const slow = testEmulator({ registration: { durationMs: 120_000 } });
    const { computeInstanceId } = slow.emulator.agents.register({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "COMPUTE" });
    slow.emulator.clock.advance(119_000);
    expect((await resourceOf(slow, computeInstanceId)).initStatus).toBe("REGISTERING");
    slow.emulator.clock.advance(1_000);
    expect((await resourceOf(slow, computeInstanceId)).initStatus).toBe("REGISTRED");
    const instant = testEmulator({ registration: { durationMs: 0 } });
    const registration = instant.emulator.agents.register({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "BMS" });
    expect(registration.initStatus).toBe("REGISTRED");
    expect((await resourceOf(instant, registration.computeInstanceId)).initStatus).toBe("REGISTRED");
    expect(() => testEmulator({ registration: { durationMs: -1 } })).toThrow(
      /registration\.durationMs must be a number ≥ 0, got -1/,
    );
    expect(() => testEmulator({ registration: { duration: 1 } as never })).toThrow(
      /registration\.duration is not an option/,
    );
  });

  it("a new instance gets a name of its kind, or the one given; its id and resourceId look like the service's", () => {
    const target = testEmulator();
    const named = target.emulator.agents.register({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "COMPUTE", name: "db-7" });
    expect(named.name).toBe("db-7");
    expect(named.computeInstanceId).toMatch(/^fhm[a-z0-9]{17}$/);
    expect(named.resourceId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    const bms = target.emulator.agents.register({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "BMS" });
    expect(bms.computeInstanceId).toMatch(/^ly5/);
    const bareMetal = target.emulator
      .snapshot()
      .instances.filter((instance) => instance.kind === "BMS" && instance.folderId === DEFAULT_SEED_FOLDER_ID);
    expect(bms.name).toBe(`bms-${bareMetal.length}`);
  });

  it("an instance already registered (seeded, or registering) is refused, naming it", () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const seededId = computeBackup.backup.computeInstanceId;
    expect(() => target.emulator.agents.register({ kind: "COMPUTE", instanceId: seededId })).toThrow(
      new RegExp(
        `instance ${seededId} is already registered \\(resource ${computeBackup.backup.resourceId}, initStatus REGISTRED\\)`,
      ),
    );
    const { computeInstanceId } = target.emulator.agents.register({
      folderId: DEFAULT_SEED_FOLDER_ID,
      kind: "COMPUTE",
    });
    expect(() => target.emulator.agents.register({ kind: "COMPUTE", instanceId: computeInstanceId })).toThrow(
      /initStatus REGISTERING/,
    );
  });

  it("the forbidden folder takes a registration (its agent registers it), and the API answers 403 for it", async () => {
    const target = testEmulator();
    const { computeInstanceId } = target.emulator.agents.register({ folderId: FORBIDDEN_FOLDER_ID, kind: "COMPUTE" });
    expect(await resourceOf(target, computeInstanceId)).toEqual({ status: 403 });
  });

  it("bad requests are TypeErrors naming what is wrong", () => {
    const { emulator } = testEmulator();
    const { bmsBackup } = seeded(emulator);
    const cases: Array<[unknown, RegExp]> = [
      [null, /the request must be an object/],
      [{ folderId: DEFAULT_SEED_FOLDER_ID, kind: "COMPUTE", zone: "a" }, /zone is not a field/],
      [{ folderId: DEFAULT_SEED_FOLDER_ID, kind: "VM" }, /kind "VM" is not a kind of machine/],
      [{ folderId: DEFAULT_SEED_FOLDER_ID, kind: "COMPUTE", name: 7 }, /name must be a non-empty string, got 7/],
      [{ folderId: DEFAULT_SEED_FOLDER_ID }, /kind is required without a registrationToken/],
      [{ kind: "COMPUTE" }, /folderId is required/],
      [{ folderId: "b1gnosuchfolder00000", kind: "COMPUTE" }, /folder b1gnosuchfolder00000 does not exist/],
      [{ folderId: DEFAULT_SEED_FOLDER_ID, kind: "EXTERNAL_VM" }, /kind EXTERNAL_VM needs a registrationToken/],
      [
        { folderId: DEFAULT_SEED_FOLDER_ID, kind: "COMPUTE", instanceId: "fhmnosuchinstance000" },
        /instance fhmnosuchinstance000 does not exist/,
      ],
      [{ kind: "COMPUTE", instanceId: bmsBackup.backup.computeInstanceId }, /is BMS, not COMPUTE/],
    ];
    for (const [request, message] of cases) {
      expect(() => emulator.agents.register(request as never), JSON.stringify(request)).toThrow(TypeError);
      expect(() => emulator.agents.register(request as never), JSON.stringify(request)).toThrow(message);
    }
  });

  it("applyPolicy on a REGISTERING resource → 404 (what Terraform retries), then works once REGISTRED", async () => {
    const target = testEmulator();
    const policy = target.emulator.snapshot().policies.find((entry) => entry.folderId === DEFAULT_SEED_FOLDER_ID)!;
    const { computeInstanceId } = target.emulator.agents.register({
      folderId: DEFAULT_SEED_FOLDER_ID,
      kind: "COMPUTE",
    });
    const apply = () =>
      target.json("POST", `/backup/v1/policies/${policy.id}:apply`, {
        body: { computeInstanceId },
        headers: { "idempotency-key": newKey() },
      });
    const early = await apply();
    expect(early.status).toBe(404);
    expect(early.body.message).toMatch(/not registered yet \(initStatus REGISTERING until 2026-11-01T00:00:30.000Z\)/);
    target.emulator.clock.advance(30_000);
    const late = await apply();
    expect(late.status).toBe(200);
    await finish(target, late.body.id);
    expect(await appliedTo(target, computeInstanceId)).toEqual([`${policy.id}:OK`]);
  });

  it("deleteResource removes the resource and its applications, keeps the instance and its backups; the instance registers again, with a new resourceId", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const { computeInstanceId, resourceId } = computeBackup.backup;
    expect((await appliedTo(target, computeInstanceId)).length).toBeGreaterThan(0);
    const backupsBefore = (
      await target.json("GET", `/backup/v1/backups?computeInstanceId=${computeInstanceId}&pageSize=1000`)
    ).body.backups.length;
    const deletion = await target.json("DELETE", `/backup/v1/resources/${computeInstanceId}?resourceId=${resourceId}`, {
      headers: { "idempotency-key": newKey() },
    });
    await finish(target, deletion.body.id);
    expect(await resourceOf(target, computeInstanceId)).toEqual({ status: 404 });
    expect(await appliedTo(target, computeInstanceId)).toEqual([]);
    expect(target.emulator.snapshot().instances.some((instance) => instance.id === computeInstanceId)).toBe(true);
    const backupsAfter = (
      await target.json("GET", `/backup/v1/backups?computeInstanceId=${computeInstanceId}&pageSize=1000`)
    ).body.backups.length;
    expect(backupsAfter).toBe(backupsBefore);

    const again = target.emulator.agents.register({ kind: "COMPUTE", instanceId: computeInstanceId });
    expect(again).toMatchObject({ computeInstanceId, initStatus: "REGISTERING", folderId: computeBackup.folderId });
    expect(again.resourceId).not.toBe(resourceId);
    target.emulator.clock.advance(30_000);
    expect(await resourceOf(target, computeInstanceId)).toMatchObject({
      initStatus: "REGISTRED",
      resourceId: again.resourceId,
    });
    // The old registration's resourceId no longer deletes anything.
    const stale = await target.json("DELETE", `/backup/v1/resources/${computeInstanceId}?resourceId=${resourceId}`, {
      headers: { "idempotency-key": newKey() },
    });
    expect(stale.status).toBe(404);
  });
});
