import { describe, expect, it } from "vitest";
import { BackupAbortError, BackupInvalidResponseError } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, json, status, type Answer } from "../support/fake-api.js";

const page = (ids: string[], next?: string): Answer =>
  json(200, { backups: ids.map((id) => ({ id })), ...(next ? { nextPageToken: next } : {}) });
const tokens = (api: ReturnType<typeof fakeApi>) =>
  api.requests.map((request) => new URL(request.url).searchParams.get("pageToken"));

describe("listAll", () => {
  it("follows nextPageToken across pages and yields every backup in order", async () => {
    const api = fakeApi([page(["a", "b"], "p2"), page(["c"], "p3"), page(["d", "e"])]);
    const ids: string[] = [];
    for await (const backup of testClient(api).backups.listAll({ folderId: "f1", pageSize: 2 })) ids.push(backup.id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(tokens(api)).toEqual([null, "p2", "p3"]);
    for (const request of api.requests) expect(new URL(request.url).searchParams.get("folderId")).toBe("f1");
  });

  it("is lazy: nothing is sent before the first next(), and the next page only once the current one is used up", async () => {
    const api = fakeApi([page(["a", "b"], "p2"), page(["c"])]);
    const backups = testClient(api).backups.listAll({ computeInstanceId: "i1" });
    expect(api.requests).toHaveLength(0);
    await backups.next();
    await backups.next();
    expect(api.requests).toHaveLength(1);
    expect((await backups.next()).value).toMatchObject({ id: "c" });
    expect(api.requests).toHaveLength(2);
    expect((await backups.next()).done).toBe(true);
  });

  it("stops fetching when the loop breaks", async () => {
    const api = fakeApi([page(["a", "b"], "p2"), page(["c"], "p3")]);
    for await (const backup of testClient(api).backups.listAll({ folderId: "f" })) if (backup.id === "a") break;
    expect(api.requests).toHaveLength(1);
  });

  it("ends for good when closed mid-page: no more items from that page, no more pages", async () => {
    const api = fakeApi([page(["a", "b", "c"], "p2"), page(["d"])]);
    const backups = testClient(api).backups.listAll({ folderId: "f" });
    expect((await backups.next()).value).toMatchObject({ id: "a" });
    expect(await backups.return()).toEqual({ value: undefined, done: true });
    expect(await backups.next()).toEqual({ value: undefined, done: true });
    expect(api.requests).toHaveLength(1);
  });

  it("skips empty pages and handles an empty result ({})", async () => {
    const api = fakeApi([json(200, { nextPageToken: "p2" }), json(200, {})]);
    const all = [];
    for await (const backup of testClient(api).backups.listAll({ folderId: "f" })) all.push(backup);
    expect(all).toEqual([]);
    expect(api.requests).toHaveLength(2);
  });

  it("asks for one page only with a selector that takes no pageToken (policyId)", async () => {
    const api = fakeApi([page(["a"], "p2"), page(["b"])]);
    const ids = [];
    for await (const backup of testClient(api).backups.listAll({ policyId: "p" })) ids.push(backup.id);
    expect(ids).toEqual(["a"]);
    expect(api.requests).toHaveLength(1);
  });

  it("fails instead of looping forever when the server repeats a page token", async () => {
    const api = fakeApi([page(["a"], "same")]);
    const walk = async () => {
      for await (const _backup of testClient(api).backups.listAll({ folderId: "f" })) void _backup;
    };
    await expect(walk()).rejects.toThrow(BackupInvalidResponseError);
    await expect(walk()).rejects.toThrow("backups.listAll: the server sent the same nextPageToken twice");
    expect(api.requests).toHaveLength(4);
  });

  it("retries a failed page and carries on", async () => {
    const api = fakeApi([page(["a"], "p2"), json(503, status(14, "x")), page(["b"])]);
    const ids = [];
    for await (const backup of testClient(api).backups.listAll({ folderId: "f" })) ids.push(backup.id);
    expect(ids).toEqual(["a", "b"]);
    expect(tokens(api)).toEqual([null, "p2", "p2"]);
  });

  it("stops at once when the signal aborts between pages", async () => {
    const api = fakeApi([page(["a"], "p2"), page(["b"])]);
    const controller = new AbortController();
    const walk = async () => {
      for await (const _backup of testClient(api).backups.listAll({ folderId: "f" }, { signal: controller.signal }))
        controller.abort();
    };
    await expect(walk()).rejects.toBeInstanceOf(BackupAbortError);
    expect(api.requests).toHaveLength(1);
  });

  it("yields backups even when called with withResponse (a JavaScript caller past the types)", async () => {
    const api = fakeApi([page(["a"])]);
    const ids = [];
    for await (const backup of testClient(api).backups.listAll({ folderId: "f" }, { withResponse: true } as never))
      ids.push(backup.id);
    expect(ids).toEqual(["a"]);
  });
});
