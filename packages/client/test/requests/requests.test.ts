import { findOperation, listOperations, loadBundle } from "@backup-api/spec-walker/node";
import { describe, expect, it } from "vitest";
import { BackupUsageError } from "../../src/index.js";
import { API, testClient } from "../support/client.js";
import { fakeApi, json } from "../support/fake-api.js";

const operations = listOperations(loadBundle());

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
  };

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
      "GET /backup/v1/backups/i1/archives",
    ]);
    const post = api.requests[4]!;
    expect(JSON.parse(post.body)).toEqual({ computeInstanceId: "i2" });
    expect(post.headers.get("content-type")).toBe("application/json");
    expect(api.requests[5]!.body).toBe("");
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
    expect(api.requests.map((request) => request.path)).toEqual([
      "/backup/v1/backups/..%2Fa%2Fb%3Fc%23d?folderId=f1",
      "/operations/op%2F1",
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
