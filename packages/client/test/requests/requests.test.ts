import { findOperation, listOperations, loadBundle } from "@backup-api/spec-walker/node";
import { describe, expect, it } from "vitest";
import { BackupUsageError, policySettings } from "../../src/index.js";
import { API, testClient } from "../support/client.js";
import { fakeApi, json } from "../support/fake-api.js";

const operations = listOperations(loadBundle());
const settings = policySettings({ schedule: { daily: { at: "02:00" } }, retention: { keepLast: 7 } });

/** The spec's path template matches a request path, each `{name}` standing for one encoded segment part. */
const matches = (template: string, path: string) =>
  new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/:?]+")}$`).test(path);

describe("requests each method sends", () => {
  const answer = json(200, { id: "x", done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
  const calls = {
    get: (client: ReturnType<typeof testClient>) => client.backups.get({ backupId: "b 1", folderId: "f1" }),
    list: (client: ReturnType<typeof testClient>) => client.backups.list({ folderId: "f1" }),
    listArchives: (client: ReturnType<typeof testClient>) =>
      client.backups.listArchives({ computeInstanceId: "i1", folderId: "f1" }),
    listFiles: (client: ReturnType<typeof testClient>) =>
      client.backups.listFiles({ backupId: "b1", folderId: "f1", sourceId: "disk-0/etc" }),
    startRecovery: (client: ReturnType<typeof testClient>) =>
      client.backups.startRecovery({ backupId: "b1", computeInstanceId: "i2" }),
    delete: (client: ReturnType<typeof testClient>) =>
      client.backups.delete({ computeInstanceId: "i1", backupId: "b1" }),
    getOperation: (client: ReturnType<typeof testClient>) => client.operations.get("op1"),
    listPolicies: (client: ReturnType<typeof testClient>) => client.policies.list({ folderId: "f1" }),
    createPolicy: (client: ReturnType<typeof testClient>) =>
      client.policies.create({ folderId: "f1", name: "daily", settings }),
    getPolicy: (client: ReturnType<typeof testClient>) => client.policies.get({ policyId: "p1" }),
    updatePolicy: (client: ReturnType<typeof testClient>) => client.policies.update({ policyId: "p1", settings }),
    deletePolicy: (client: ReturnType<typeof testClient>) => client.policies.delete({ policyId: "p1" }),
    applyPolicy: (client: ReturnType<typeof testClient>) =>
      client.policies.apply({ policyId: "p1", computeInstanceId: "i1" }),
    listPolicyApplications: (client: ReturnType<typeof testClient>) =>
      client.policies.listApplications({ policyId: "p1", computeInstanceId: "i1", showProcessing: true }),
    executePolicy: (client: ReturnType<typeof testClient>) =>
      client.policies.execute({ policyId: "p1", computeInstanceId: "i1" }),
    revokePolicy: (client: ReturnType<typeof testClient>) =>
      client.policies.revoke({ policyId: "p1", computeInstanceId: "i1" }),
    activateProvider: (client: ReturnType<typeof testClient>) =>
      client.providers.activate({ name: "cyberprotect", folderId: "f1", skipDefaultPolicy: true }),
    listActivatedProviders: (client: ReturnType<typeof testClient>) =>
      client.providers.listActivated({ folderId: "f1", instanceRegistrationId: "reg1" }),
    listResources: (client: ReturnType<typeof testClient>) =>
      client.resources.list({ folderId: "f1", pageSize: 5, pageToken: "t", type: "COMPUTE" }),
    getResource: (client: ReturnType<typeof testClient>) =>
      client.resources.get({ computeInstanceId: "i1", includeTenantInfo: true }),
    deleteResource: (client: ReturnType<typeof testClient>) =>
      client.resources.delete({ computeInstanceId: "i1", resourceId: "r1" }),
    listResourceTasks: (client: ReturnType<typeof testClient>) =>
      client.resources.listTasks({ computeInstanceId: "i1", pageSize: 5, pageToken: "t" }),
    getAgentInstallCommand: (client: ReturnType<typeof testClient>) =>
      client.setup.getAgentInstallCommand({
        folderId: "f1",
        type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
        policyIds: ["p1"],
      }),
    cancelOperation: (client: ReturnType<typeof testClient>) => client.operations.cancel("op1"),
  };
  /** The calls that start work, answering with an Operation: each sends an Idempotency-Key, and no other does. */
  const startWork = [
    "startRecovery",
    "delete",
    "createPolicy",
    "updatePolicy",
    "deletePolicy",
    "applyPolicy",
    "executePolicy",
    "revokePolicy",
    "activateProvider",
    "deleteResource",
  ];

  it("cover every operation of the spec", () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((operation) => operation.operationId).sort());
  });

  it.each(Object.entries(calls))(
    "%s: the spec's method and path, and only parameters it declares",
    async (operationId, call) => {
      const api = fakeApi([answer]);
      await call(testClient(api));
      const { request } = api.requests[0]!;
      const url = new URL(request.url);
      const operation = findOperation(operations, operationId);
      expect(request.method).toBe(operation.method.toUpperCase());
      expect(url.origin).toBe(API);
      expect(matches(operation.path, url.pathname), `${url.pathname} against ${operation.path}`).toBe(true);
      const declared = (where: string) =>
        operation.parameters.filter((p) => p.in === where).map((p) => p.name.toLowerCase());
      for (const name of url.searchParams.keys()) expect(declared("query"), name).toContain(name.toLowerCase());
      for (const [name] of request.headers) {
        if (["authorization", "content-type"].includes(name)) continue;
        expect(declared("header"), name).toContain(name);
      }
      expect(request.headers.has("idempotency-key"), "Idempotency-Key").toBe(startWork.includes(operationId));
    },
  );

  it("send exactly these paths and bodies", async () => {
    const api = fakeApi([answer]);
    const client = testClient(api);
    for (const call of Object.values(calls)) await call(client);
    await client.backups.listArchives({ computeInstanceId: "i1" });
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /backup/v1/backups/b%201?folderId=f1",
      "GET /backup/v1/backups?folderId=f1",
      "GET /backup/v1/backups/i1/archives?folderId=f1",
      "GET /backup/v1/backups/b1/files?folderId=f1&sourceId=disk-0%2Fetc",
      "POST /backup/v1/backups/b1:startRecovery",
      "DELETE /backup/v1/backups/i1/b1",
      "GET /operations/op1",
      "GET /backup/v1/policies?folderId=f1",
      "POST /backup/v1/policies",
      "GET /backup/v1/policies/p1",
      "PATCH /backup/v1/policies/p1",
      "DELETE /backup/v1/policies/p1",
      "POST /backup/v1/policies/p1:apply",
      "GET /backup/v1/policies/p1/applications?computeInstanceId=i1&showProcessing=true",
      "POST /backup/v1/policies/p1:execute",
      "POST /backup/v1/policies/p1:revoke",
      "POST /backup/v1/providers/cyberprotect:activate",
      "GET /backup/v1/providers?folderId=f1&instanceRegistrationId=reg1",
      "GET /backup/v1/resources?folderId=f1&pageSize=5&pageToken=t&type=COMPUTE",
      "GET /backup/v1/resources/i1?includeTenantInfo=true",
      "DELETE /backup/v1/resources/i1?resourceId=r1",
      "GET /backup/v1/resources/i1/tasks?pageSize=5&pageToken=t",
      "POST /backup/v1/setup/getAgentInstallCommand",
      "GET /operations/op1:cancel",
      "GET /backup/v1/backups/i1/archives",
    ]);
    const post = api.requests[4]!;
    expect(JSON.parse(post.body)).toEqual({ computeInstanceId: "i2" });
    expect(post.headers.get("content-type")).toBe("application/json");
    expect(api.requests[5]!.body).toBe("");
    const body = (path: string) => JSON.parse(api.requests.find((r) => r.path === path)!.body);
    expect(body("/backup/v1/policies")).toEqual({ folderId: "f1", name: "daily", settings });
    expect(body("/backup/v1/policies/p1:apply")).toEqual({ computeInstanceId: "i1" });
    expect(body("/backup/v1/providers/cyberprotect:activate")).toEqual({ folderId: "f1", skipDefaultPolicy: true });
    expect(body("/backup/v1/setup/getAgentInstallCommand")).toEqual({
      folderId: "f1",
      type: "AGENT_INSTALL_BASH_EXTERNAL_VM",
      policyIds: ["p1"],
    });
  });

  it("check required parameters before sending anything, naming the one that is wrong", async () => {
    const api = fakeApi([answer]);
    const client = testClient(api);
    await expect(client.backups.get({ backupId: "b" } as never)).rejects.toThrow(
      "backups.get: folderId must be a non-empty string, got undefined",
    );
    await expect(client.backups.get(undefined as never)).rejects.toThrow(
      "backups.get: expected an object of parameters",
    );
    await expect(client.backups.startRecovery({ backupId: "b", computeInstanceId: "" })).rejects.toThrow(
      "backups.startRecovery: computeInstanceId must be a non-empty string, got an empty string",
    );
    await expect(client.backups.delete({ backupId: "b" } as never)).rejects.toThrow(
      "backups.delete: computeInstanceId must be a non-empty string, got undefined",
    );
    await expect(client.backups.listFiles({ backupId: "b", folderId: "f", sourceId: 3 } as never)).rejects.toThrow(
      "backups.listFiles: sourceId must be a string, got number",
    );
    await expect(client.backups.listArchives({} as never)).rejects.toBeInstanceOf(BackupUsageError);
    expect(api.requests).toHaveLength(0);
  });

  it("encode path parameters, so an id cannot change the path or add a query", async () => {
    const api = fakeApi([answer]);
    const client = testClient(api);
    await client.backups.get({ backupId: "../a/b?c#d", folderId: "f1" });
    await client.operations.get("op/1");
    await client.operations.cancel("op/1:cancel");
    await client.policies.apply({ policyId: "p/1", computeInstanceId: "i1" });
    await client.providers.activate({ name: "a:b/c", folderId: "f1" });
    expect(api.requests.map((request) => request.path)).toEqual([
      "/backup/v1/backups/..%2Fa%2Fb%3Fc%23d?folderId=f1",
      "/operations/op%2F1",
      "/operations/op%2F1%3Acancel:cancel",
      "/backup/v1/policies/p%2F1:apply",
      "/backup/v1/providers/a%3Ab%2Fc:activate",
    ]);
  });

  it("send the call's own headers, beside the client's", async () => {
    const api = fakeApi([answer]);
    await testClient(api, { headers: { "x-app": "a" } }).backups.get(
      { backupId: "b1", folderId: "f1" },
      { headers: { "x-client-trace-id": "trace-7" } },
    );
    expect(api.requests[0]!.headers.get("x-client-trace-id")).toBe("trace-7");
    expect(api.requests[0]!.headers.get("x-app")).toBe("a");
  });
});
