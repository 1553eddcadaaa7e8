// client.resources: the machines registered with Cloud Backup — a page of them or all of them, one (wrapped in
// `{ resource }`, as the API answers), removing one (resourceId in the query), and their agent's tasks.
import { describe, expect, it } from "vitest";
import { BackupInvalidResponseError, createBackupClient, type Resource, type Task } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, json, type SeenRequest } from "../support/fake-api.js";

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const line = (request: SeenRequest) => `${request.method} ${request.path}`;
const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe("resources: one page, one resource", () => {
  it("list: GET /backup/v1/resources with the folder, paging and type; each resource decoded", async () => {
    const api = fakeApi([json(200, { resources: [{ computeInstanceId: "i1", online: true }] })]);
    const page = await testClient(api).resources.list({
      folderId: "f1",
      pageSize: 50,
      pageToken: "t2",
      type: "COMPUTE",
    });
    expect(line(api.requests[0]!)).toBe("GET /backup/v1/resources?folderId=f1&pageSize=50&pageToken=t2&type=COMPUTE");
    expect(page.nextPageToken).toBe("");
    expect(page.resources[0]).toMatchObject({
      computeInstanceId: "i1",
      online: true,
      enabled: false,
      status: "STATUS_UNSPECIFIED",
      statusProgress: "0",
      initStatus: "INIT_STATUS_UNSPECIFIED",
      type: "RESOURCE_TYPE_UNSPECIFIED",
      resourceId: "",
    });
    expect("tenantInfo" in page.resources[0]!).toBe(false);
  });

  it("get: GET /backup/v1/resources/{computeInstanceId}, answering the API's { resource } wrapper, decoded", async () => {
    const api = fakeApi([json(200, { resource: { computeInstanceId: "i1", tenantInfo: { folderId: "f1" } } })]);
    const answer = await testClient(api).resources.get({ computeInstanceId: "i1", includeTenantInfo: true });
    expect(line(api.requests[0]!)).toBe("GET /backup/v1/resources/i1?includeTenantInfo=true");
    expect(Object.keys(answer)).toEqual(["resource"]);
    expect(answer.resource).toMatchObject({
      computeInstanceId: "i1",
      isActive: false,
      tenantInfo: { folderId: "f1", personalTenantId: "", userId: "" },
    });
  });

  it("delete: DELETE /backup/v1/resources/{computeInstanceId}?resourceId=…, with an Idempotency-Key", async () => {
    const api = fakeApi([
      json(200, {
        id: "op1",
        metadata: { "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteResourceMetadata" },
      }),
    ]);
    const operation = await testClient(api).resources.delete({ computeInstanceId: "i1", resourceId: "r1" });
    const [request] = api.requests;
    expect(line(request!)).toBe("DELETE /backup/v1/resources/i1?resourceId=r1");
    expect(request!.body).toBe("");
    expect(request!.headers.get("idempotency-key")).toMatch(UUID_V4);
    expect(operation.metadata).toMatchObject({ computeInstanceId: "" });
  });

  it("delete: refuses a call without resourceId, which the API needs besides the instance", async () => {
    const api = fakeApi([json(200, {})]);
    await expect(testClient(api).resources.delete({ computeInstanceId: "i1" } as never)).rejects.toThrow(
      "resources.delete: resourceId must be a non-empty string, got undefined",
    );
    expect(api.requests).toHaveLength(0);
  });

  it("listTasks: GET /backup/v1/resources/{computeInstanceId}/tasks with paging; each task decoded", async () => {
    const api = fakeApi([json(200, { tasks: [{ id: "42", progress: {} }], nextPageToken: "t2" })]);
    const page = await testClient(api).resources.listTasks({ computeInstanceId: "i1", pageSize: 10 });
    expect(line(api.requests[0]!)).toBe("GET /backup/v1/resources/i1/tasks?pageSize=10");
    expect(page.nextPageToken).toBe("t2");
    expect(page.tasks[0]).toMatchObject({
      id: "42",
      cancellable: false,
      type: "TYPE_UNSPECIFIED",
      status: "STATUS_UNSPECIFIED",
      resultCode: "CODE_UNSPECIFIED",
      progress: { current: "0", total: "0" },
    });
  });

  it("reach the region's API host", async () => {
    const api = fakeApi([json(200, {})]);
    const client = createBackupClient({ iamToken: "t1.x", region: "kz", fetch: api.fetch });
    await client.resources.get({ computeInstanceId: "i1" });
    expect(api.requests[0]!.url).toBe("https://backup.api.yandexcloud.kz/backup/v1/resources/i1");
  });
});

describe("resources: every page", () => {
  it("listAll: follows nextPageToken over two pages, with the same folder, size and type, yielding each resource decoded", async () => {
    const api = fakeApi([
      json(200, { resources: [{ computeInstanceId: "i1" }, { computeInstanceId: "i2" }], nextPageToken: "p2" }),
      json(200, { resources: [{ computeInstanceId: "i3" }] }),
    ]);
    const all: Resource[] = await collect(
      testClient(api).resources.listAll({ folderId: "f1", pageSize: 2, type: "EXTERNAL_VM" }),
    );
    expect(all.map((resource) => resource.computeInstanceId)).toEqual(["i1", "i2", "i3"]);
    expect(all[2]).toMatchObject({ online: false, status: "STATUS_UNSPECIFIED" });
    expect(api.requests.map(line)).toEqual([
      "GET /backup/v1/resources?folderId=f1&pageSize=2&type=EXTERNAL_VM",
      "GET /backup/v1/resources?folderId=f1&pageSize=2&pageToken=p2&type=EXTERNAL_VM",
    ]);
  });

  it("listAllTasks: follows nextPageToken over two pages of one resource's tasks", async () => {
    const api = fakeApi([
      json(200, { tasks: [{ id: "1" }], nextPageToken: "p2" }),
      json(200, { tasks: [{ id: "2" }, { id: "3" }], nextPageToken: "" }),
    ]);
    const tasks: Task[] = await collect(testClient(api).resources.listAllTasks({ computeInstanceId: "i1" }));
    expect(tasks.map((task) => task.id)).toEqual(["1", "2", "3"]);
    expect(tasks[1]!.policyId).toBe("");
    expect(api.requests.map(line)).toEqual([
      "GET /backup/v1/resources/i1/tasks",
      "GET /backup/v1/resources/i1/tasks?pageToken=p2",
    ]);
  });

  it("is lazy, and refuses a wrong call where it is made, before anything is sent", async () => {
    const api = fakeApi([json(200, { resources: [{ computeInstanceId: "i1" }], nextPageToken: "p2" })]);
    const client = testClient(api);
    const resources = client.resources.listAll({ folderId: "f1" });
    expect(api.requests).toHaveLength(0);
    await resources.next();
    expect(api.requests).toHaveLength(1);
    expect(() => client.resources.listAll({} as never)).toThrow(
      "resources.listAll: folderId must be a non-empty string, got undefined",
    );
    expect(() => client.resources.listAllTasks({ computeInstanceId: "" })).toThrow(
      "resources.listAllTasks: computeInstanceId must be a non-empty string, got an empty string",
    );
  });

  it("names the method when the server repeats a page token", async () => {
    const api = fakeApi([json(200, { tasks: [{ id: "1" }], nextPageToken: "p2" })]);
    const error = await collect(testClient(api).resources.listAllTasks({ computeInstanceId: "i1" })).catch((e) => e);
    expect(error).toBeInstanceOf(BackupInvalidResponseError);
    expect(error.message).toBe("resources.listAllTasks: the server sent the same nextPageToken twice");
    expect(api.requests).toHaveLength(2);
  });
});
