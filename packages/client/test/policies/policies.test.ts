// client.policies: each method's request (verb, host, route, query names, body, Idempotency-Key on the calls
// that start work) and its answer, decoded (the proto3 defaults the server left out filled in at every depth).
import { describe, expect, it } from "vitest";
import { BackupUsageError, createBackupClient, policySettings, type Policy } from "../../src/index.js";
import { API, testClient } from "../support/client.js";
import { fakeApi, json, type SeenRequest } from "../support/fake-api.js";

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const settings = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });
/** An operation as the server sends it, its fields at their defaults left out. */
const started = (kind: string) => ({
  id: "op1",
  metadata: { "@type": `type.googleapis.com/yandex.cloud.backup.v1.${kind}` },
});
const query = (request: SeenRequest) => Object.fromEntries(new URL(request.url).searchParams);
const key = (request: SeenRequest) => request.headers.get("idempotency-key");

describe("policies: reads", () => {
  it("list: GET /backup/v1/policies by folder, by instance or both; every policy decoded", async () => {
    const api = fakeApi([
      json(200, { policies: [{ id: "p1", settings: { retention: { rules: [{}] } } }] }),
      json(200, {}),
    ]);
    const client = testClient(api);
    const { policies } = await client.policies.list({ folderId: "f1" });
    await client.policies.list({ computeInstanceId: "i1", folderId: "f1" });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /backup/v1/policies?folderId=f1",
      "GET /backup/v1/policies?folderId=f1&computeInstanceId=i1",
    ]);
    expect(api.requests.map(key)).toEqual([null, null]);
    expect(policies[0]).toMatchObject({ id: "p1", name: "", enabled: false, folderId: "" });
    expect(policies[0]!.settings!.retention).toEqual({ rules: [{ backupSet: [] }], beforeBackup: false });
  });

  it("list: refuses a call with neither folderId nor computeInstanceId, sending nothing", async () => {
    const api = fakeApi([json(200, {})]);
    await expect(testClient(api).policies.list({} as never)).rejects.toThrow(
      "policies.list: give folderId, computeInstanceId or both",
    );
    expect(api.requests).toHaveLength(0);
  });

  it("get: GET /backup/v1/policies/{policyId}, its settings decoded at every depth", async () => {
    const wire = {
      id: "p1",
      name: "daily",
      settings: {
        compression: "NORMAL",
        scheduling: {
          scheme: "ALWAYS_INCREMENTAL",
          backupSets: [{ time: { type: "DAILY", repeatAt: [{ hour: "2" }] } }],
        },
        retention: { rules: [{ maxAge: { type: "DAYS", count: "30" } }] },
        reattempts: { interval: { type: "MINUTES", count: "5" }, maxAttempts: "5" },
      },
    };
    const api = fakeApi([json(200, wire)]);
    const policy: Policy = await testClient(api).policies.get({ policyId: "p 1" });
    expect(api.requests[0]!.path).toBe("/backup/v1/policies/p%201");
    expect(policy).toMatchObject({ id: "p1", name: "daily", enabled: false, folderId: "" });
    const scheduling = policy.settings!.scheduling;
    expect(scheduling).toMatchObject({ enabled: false, maxParallelBackups: "0" });
    expect(scheduling.backupSets[0]).toEqual({
      type: "TYPE_UNSPECIFIED",
      time: {
        type: "DAILY",
        repeatAt: [{ hour: "2", minute: "0" }],
        weekdays: [],
        monthdays: [],
        months: [],
        includeLastDayOfMonth: false,
        runLater: false,
      },
    });
    // a rule by age keeps no maxCount: a oneof's scalar has presence, so the policy can be sent back as it is
    expect(policy.settings!.retention).toEqual({
      rules: [{ maxAge: { type: "DAYS", count: "30" }, backupSet: [] }],
      beforeBackup: false,
    });
    expect(policy.settings!.reattempts.enabled).toBe(false);
    expect(policy.settings!.multiVolumeSnapshottingEnabled).toBe(false);
    expect(policy.settings!.prePostCommands).toEqual([]);
  });

  it("listApplications: GET …/{policyId}/applications with showProcessing; at most one of folderId and computeInstanceId", async () => {
    const api = fakeApi([json(200, { applications: [{ policyId: "p1", computeInstanceId: "i1" }] })]);
    const client = testClient(api);
    const { applications } = await client.policies.listApplications({ policyId: "p1", showProcessing: true });
    await client.policies.listApplications({ policyId: "p1", computeInstanceId: "i1" });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /backup/v1/policies/p1/applications?showProcessing=true",
      "GET /backup/v1/policies/p1/applications?computeInstanceId=i1",
    ]);
    expect(applications).toEqual([
      { policyId: "p1", computeInstanceId: "i1", enabled: false, status: "STATUS_UNSPECIFIED", isProcessing: false },
    ]);
    await expect(
      client.policies.listApplications({ policyId: "p1", folderId: "f1", computeInstanceId: "i1" } as never),
    ).rejects.toThrow("policies.listApplications: give at most one of folderId and computeInstanceId");
    await expect(client.policies.listApplications({} as never)).rejects.toThrow(
      "policies.listApplications: policyId must be a non-empty string, got undefined",
    );
    expect(api.requests).toHaveLength(2);
  });
});

describe("policies: calls that start work", () => {
  it("create: POST /backup/v1/policies with the folder, name and settings, an Idempotency-Key, and the operation decoded", async () => {
    const api = fakeApi([json(200, { ...started("CreatePolicyMetadata"), done: false })]);
    const operation = await testClient(api).policies.create({ folderId: "f1", name: "daily", settings });
    const [request] = api.requests;
    expect(`${request!.method} ${request!.path}`).toBe("POST /backup/v1/policies");
    expect(JSON.parse(request!.body)).toEqual({ folderId: "f1", name: "daily", settings });
    expect(request!.headers.get("content-type")).toBe("application/json");
    expect(key(request!)).toMatch(UUID_V4);
    expect(operation).toMatchObject({ id: "op1", done: false, description: "", createdBy: "" });
    expect(operation.metadata).toEqual({ "@type": started("CreatePolicyMetadata").metadata["@type"], policyId: "" });
  });

  it("update: PATCH /backup/v1/policies/{policyId} with the settings alone (no name)", async () => {
    const api = fakeApi([json(200, started("UpdatePolicyMetadata"))]);
    await testClient(api).policies.update({ policyId: "p1", settings }, { idempotencyKey: "my-key" });
    const [request] = api.requests;
    expect(`${request!.method} ${request!.path}`).toBe("PATCH /backup/v1/policies/p1");
    expect(JSON.parse(request!.body)).toEqual({ settings });
    expect(key(request!)).toBe("my-key");
  });

  it("delete: DELETE /backup/v1/policies/{policyId}, no body", async () => {
    const api = fakeApi([json(200, started("DeletePolicyMetadata"))]);
    await testClient(api).policies.delete({ policyId: "p1" });
    const [request] = api.requests;
    expect(`${request!.method} ${request!.path}`).toBe("DELETE /backup/v1/policies/p1");
    expect(request!.body).toBe("");
    expect(key(request!)).toMatch(UUID_V4);
  });

  it.each([
    ["apply", "ApplyPolicyMetadata"],
    ["execute", "ExecuteMetadata"],
    ["revoke", "RevokeMetadata"],
  ] as const)(
    "%s: POST /backup/v1/policies/{policyId}:<the verb> with the instance, answered with %s",
    async (verb, metadata) => {
      const api = fakeApi([json(200, started(metadata))]);
      const client = testClient(api);
      await client.policies[verb]({ policyId: "p1", computeInstanceId: "i1" });
      const [request] = api.requests;
      expect(`${request!.method} ${request!.path}`).toBe(`POST /backup/v1/policies/p1:${verb}`);
      expect(JSON.parse(request!.body)).toEqual({ computeInstanceId: "i1" });
      expect(key(request!)).toMatch(UUID_V4);
      expect(query(request!)).toEqual({});
    },
  );

  it("execute: the operation's progress is filled in (0) while the server leaves it out", async () => {
    const api = fakeApi([json(200, started("ExecuteMetadata"))]);
    const operation = await testClient(api).policies.execute({ policyId: "p1", computeInstanceId: "i1" });
    expect(operation.metadata).toMatchObject({ policyId: "", computeInstanceId: "", progressPercentage: 0 });
  });

  it("check their parameters before sending anything, naming the one that is wrong", async () => {
    const api = fakeApi([json(200, {})]);
    const client = testClient(api);
    await expect(client.policies.create({ folderId: "f1", name: "", settings })).rejects.toThrow(
      "policies.create: name must be a non-empty string, got an empty string",
    );
    await expect(client.policies.create({ folderId: "f1", name: "n" } as never)).rejects.toThrow(
      "policies.create: settings must be an object, got undefined",
    );
    await expect(client.policies.update({ policyId: "p1", settings: [] } as never)).rejects.toThrow(
      "policies.update: settings must be an object, got an array",
    );
    await expect(client.policies.apply({ policyId: "p1" } as never)).rejects.toThrow(
      "policies.apply: computeInstanceId must be a non-empty string, got undefined",
    );
    await expect(client.policies.get(undefined as never)).rejects.toBeInstanceOf(BackupUsageError);
    expect(api.requests).toHaveLength(0);
  });
});

describe("policies: hosts", () => {
  it("reaches the region's API host", async () => {
    const api = fakeApi([json(200, { policies: [] })]);
    await createBackupClient({ iamToken: "t1.x", region: "kz", fetch: api.fetch }).policies.list({ folderId: "f1" });
    expect(api.requests[0]!.url).toBe("https://backup.api.yandexcloud.kz/backup/v1/policies?folderId=f1");
    const main = fakeApi([json(200, {})]);
    await createBackupClient({ iamToken: "t1.x", fetch: main.fetch }).policies.get({ policyId: "p1" });
    expect(main.requests[0]!.url).toBe("https://backup.api.cloud.yandex.net/backup/v1/policies/p1");
    expect(new URL(api.requests[0]!.url).origin).not.toBe(API);
  });
});
