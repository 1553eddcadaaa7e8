import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID, NOT_ACTIVATED_FOLDER_ID, finish, newKey } from "../support/policies.js";

const activate = (target: ReturnType<typeof testEmulator>, body: object, key = newKey()) =>
  target.json("POST", "/backup/v1/providers/cyberprotect:activate", { body, headers: { "idempotency-key": key } });

const ORDER = ["Default daily", "Default weekly", "Default monthly"];

const policiesIn = async (target: ReturnType<typeof testEmulator>, folderId: string) =>
  (await target.json("GET", `/backup/v1/policies?folderId=${folderId}`)).body.policies ?? [];

describe("activateProvider and listActivatedProviders", () => {
  it("the seed's default folder is activated, its second folder not", async () => {
    const target = testEmulator();
    const activated = await target.json("GET", `/backup/v1/providers?folderId=${DEFAULT_SEED_FOLDER_ID}`);
    expect(activated).toMatchObject({
      status: 200,
      body: { folderId: DEFAULT_SEED_FOLDER_ID, names: ["cyberprotect"] },
    });
    const none = await target.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`);
    // proto3 JSON: an empty list is left out.
    expect(none).toMatchObject({ status: 200, body: { folderId: NOT_ACTIVATED_FOLDER_ID } });
    expect(none.body.names).toBeUndefined();
  });

  it("activate runs as an Operation; once done, listActivated shows it and the three default policies exist", async () => {
    const target = testEmulator();
    const started = await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID });
    expect(started.status).toBe(200);
    expect(started.body.done).toBeUndefined(); // false, left out on the wire
    expect(started.body).toMatchObject({
      metadata: {
        "@type": "type.googleapis.com/yandex.cloud.backup.v1.ActivateProviderMetadata",
        folderId: NOT_ACTIVATED_FOLDER_ID,
      },
    });
    // Not yet: the activation lands when the operation is done.
    expect(
      (await target.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`)).body.names,
    ).toBeUndefined();

    const done = await finish(target, started.body.id);
    expect(done).toMatchObject({ done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
    const listed = await target.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`);
    expect(listed.body.names).toEqual(["cyberprotect"]);

    const created = (await policiesIn(target, NOT_ACTIVATED_FOLDER_ID)).filter((policy: any) =>
      policy.name.startsWith("Default "),
    );
    // Listed oldest first, then by id: the three were made at the same time, so in any order.
    created.sort((a: any, b: any) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
    expect(created.map((policy: any) => policy.name)).toEqual(ORDER);
    for (const policy of created) {
      expect(policy.id).toMatch(/^[a-z0-9]{20}$/);
      expect(policy.createdAt).toBe("2026-11-01T00:00:00.000Z");
      expect(policy.settings.scheduling.scheme).toBe("ALWAYS_INCREMENTAL");
      expect(policy.settings.retention.rules).toEqual([{ maxCount: "15" }]);
    }
    expect(created.map((policy: any) => policy.settings.scheduling.backupSets[0].time.type)).toEqual([
      "DAILY",
      "WEEKLY",
      "MONTHLY",
    ]);
  });

  it("with skipDefaultPolicy, activates and creates no policy", async () => {
    const target = testEmulator();
    const before = (await target.json("GET", `/backup/v1/policies?folderId=${DEFAULT_SEED_FOLDER_ID}`)).body;
    const started = await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID, skipDefaultPolicy: true });
    await finish(target, started.body.id);
    expect((await target.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`)).body.names).toEqual([
      "cyberprotect",
    ]);
    // The folder's seeded policies (whose backups it holds) are there; no default one was added.
    const names = (await policiesIn(target, NOT_ACTIVATED_FOLDER_ID)).map((policy: any) => policy.name);
    expect(names.filter((name: string) => name.startsWith("Default "))).toEqual([]);
    expect((await target.json("GET", `/backup/v1/policies?folderId=${DEFAULT_SEED_FOLDER_ID}`)).body).toEqual(before);
  });

  it("activating again where it is activated is 409 ALREADY_EXISTS; while one runs, 409 ABORTED", async () => {
    const target = testEmulator();
    const again = await activate(target, { folderId: DEFAULT_SEED_FOLDER_ID });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(DEFAULT_SEED_FOLDER_ID);
    await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID });
    const concurrent = await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID, skipDefaultPolicy: true });
    expect(concurrent.status).toBe(409);
    expect(concurrent.body.message).toMatch(/already being activated/);
  });

  it("an unknown folder is 404, the forbidden one 403", async () => {
    const target = testEmulator();
    expect((await activate(target, { folderId: "b1gunknownfolder0000" })).status).toBe(404);
    expect((await target.json("GET", "/backup/v1/providers?folderId=b1gunknownfolder0000")).status).toBe(404);
    const forbidden = target.emulator.describe().folders.find((folder) => folder.forbidden)!;
    expect((await target.json("GET", `/backup/v1/providers?folderId=${forbidden.id}`)).status).toBe(403);
  });

  it("an Idempotency-Key repeat returns the same Operation and starts nothing", async () => {
    const target = testEmulator();
    const key = newKey();
    const first = await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID }, key);
    const second = await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID }, key);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(target.emulator.snapshot().operations).toHaveLength(1);
  });

  it("faults on cue reach it by operationId", async () => {
    const target = testEmulator();
    target.emulator.faults.add({ operationId: "activateProvider", status: 503, times: 1 });
    expect((await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID })).status).toBe(503);
    target.emulator.faults.add({ operationId: "activateProvider", operationError: { code: "INTERNAL" } });
    const started = await activate(target, { folderId: NOT_ACTIVATED_FOLDER_ID });
    const done = await finish(target, started.body.id);
    expect(done.error).toMatchObject({ code: 13 });
    // A failed activation activates nothing.
    expect(
      (await target.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`)).body.names,
    ).toBeUndefined();
  });
});
