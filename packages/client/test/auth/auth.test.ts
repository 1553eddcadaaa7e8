import { afterEach, describe, expect, it } from "vitest";
import {
  BackupClientError,
  BackupNetworkError,
  BackupUsageError,
  createBackupClient,
  type BackupClientOptions,
} from "../../src/index.js";
import { testClient } from "../support/client.js";
import { BACKUP, json, scriptedServer, status } from "../support/server.js";

const params = { backupId: "b1", folderId: "f1" };
let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe("auth", () => {
  it("sends the IAM token as a bearer token", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    await testClient(s.url).backups.get(params);
    expect(s.seen[0]!.headers.authorization).toBe("Bearer t1.secret-token");
  });

  it("calls getIamToken before every attempt, so a refreshed token is used on the retry", async () => {
    const s = await scriptedServer([json(503, status(14, "x")), json(200, BACKUP)]);
    close = s.close;
    let n = 0;
    const client = testClient(s.url, { iamToken: undefined, getIamToken: async () => `token-${++n}` });
    await client.backups.get(params);
    expect(s.seen.map((r) => r.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("authenticates client.raw too", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    const { data } = await testClient(s.url).raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b1" }, query: { folderId: "f1" } },
    });
    expect(data).toEqual(BACKUP);
    expect(s.seen[0]!.headers.authorization).toBe("Bearer t1.secret-token");
    expect(s.seen[0]!.url).toBe("/backup/v1/backups/b1?folderId=f1");
  });

  it("rejects a token that cannot be a header value, without sending anything", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    for (const bad of ["", "two words", "line\nbreak"]) {
      const err = await testClient(s.url, { iamToken: undefined, getIamToken: () => bad })
        .backups.get(params)
        .catch((e) => e);
      expect(err).toBeInstanceOf(BackupUsageError);
    }
    expect(s.seen).toHaveLength(0);
  });

  it("passes a failing getIamToken's error through, without retrying", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    const boom = new Error("metadata service down");
    let calls = 0;
    const err = await testClient(s.url, {
      iamToken: undefined,
      getIamToken: () => {
        calls++;
        return Promise.reject(boom);
      },
    })
      .backups.get(params)
      .catch((e) => e);
    expect(err).toBeInstanceOf(BackupClientError);
    expect(err).not.toBeInstanceOf(BackupNetworkError);
    expect(err.message).toBe("getIamToken failed: metadata service down");
    expect(err.cause).toBe(boom);
    expect(calls).toBe(1);
    expect(s.seen).toHaveLength(0);
  });

  it("leave a request's own Authorization alone (client.raw)", async () => {
    const s = await scriptedServer([json(200, BACKUP)]);
    close = s.close;
    await testClient(s.url).raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b1" }, query: { folderId: "f1" } },
      headers: { authorization: "Bearer other-token" },
    });
    expect(s.seen[0]!.headers.authorization).toBe("Bearer other-token");
  });
});

describe("client options", () => {
  const make = (o: unknown) => () => createBackupClient(o as BackupClientOptions);

  it("check a fixed token at once", () => {
    expect(make({ iamToken: "two words" })).toThrow(
      "the IAM token is empty, not a string, or holds spaces or control characters",
    );
    expect(make({ iamToken: "" })).toThrow(BackupUsageError);
  });

  it("need exactly one of iamToken and getIamToken", () => {
    expect(make({})).toThrow(/exactly one of iamToken .* or getIamToken/);
    expect(make({ iamToken: "a", getIamToken: () => "b" })).toThrow(BackupUsageError);
    expect(make(undefined)).toThrow(BackupUsageError);
  });

  it("check region, URLs and numbers", () => {
    expect(make({ iamToken: "t", region: "us" })).toThrow('createBackupClient: region must be "ru" or "kz", got us');
    expect(make({ iamToken: "t", baseUrl: "localhost:4010" })).toThrow(
      "createBackupClient: baseUrl must be an absolute http(s) URL, got localhost:4010",
    );
    expect(make({ iamToken: "t", baseUrl: "" })).toThrow("createBackupClient: baseUrl must be an absolute http(s) URL, got ");
    expect(make({ iamToken: "t", operationsBaseUrl: 42 })).toThrow(/operationsBaseUrl must be an absolute http\(s\) URL/);
    expect(make({ iamToken: "t", timeoutMs: -1 })).toThrow("createBackupClient: timeoutMs must be a non-negative number, got -1");
    expect(make({ iamToken: "t", retry: { baseDelayMs: "5" } })).toThrow(/retry\.baseDelayMs/);
  });

  it("pick hosts by region, and send operations to baseUrl when only that is given", async () => {
    const urls: string[] = [];
    const fetch = async (u: string | URL | Request) => {
      urls.push(String(u));
      return new Response(JSON.stringify({ id: "op", done: true }), { headers: { "content-type": "application/json" } });
    };
    for (const o of [{ region: "ru" as const }, { region: "kz" as const }, { baseUrl: "http://mock:4010/" }]) {
      const c = createBackupClient({ iamToken: "t", fetch, ...o });
      await c.backups.get(params);
      await c.operations.get("op");
    }
    const c = createBackupClient({ iamToken: "t", fetch, baseUrl: "http://a", operationsBaseUrl: "http://b" });
    await c.operations.get("op");
    expect(urls).toEqual([
      "https://backup.api.cloud.yandex.net/backup/v1/backups/b1?folderId=f1",
      "https://operation.api.cloud.yandex.net/operations/op",
      "https://backup.api.yandexcloud.kz/backup/v1/backups/b1?folderId=f1",
      // the reference documents one operations host, for every region
      "https://operation.api.cloud.yandex.net/operations/op",
      "http://mock:4010/backup/v1/backups/b1?folderId=f1",
      "http://mock:4010/operations/op",
      "http://b/operations/op",
    ]);
  });

  it("call an injected fetch as fetch(url, init), with default headers from the options", async () => {
    const calls: [unknown, RequestInit | undefined][] = [];
    const fetch = async (u: string | URL | Request, init?: RequestInit) => {
      calls.push([u, init]);
      return new Response("{}", { headers: { "content-type": "application/json" } });
    };
    const c = createBackupClient({ iamToken: "t", fetch, headers: { "x-client-trace-id": "trace-1" } });
    await c.backups.listArchives({ computeInstanceId: "i1" });
    expect(typeof calls[0]![0]).toBe("string");
    const h = new Headers(calls[0]![1]!.headers);
    expect(h.get("x-client-trace-id")).toBe("trace-1");
    expect(h.get("authorization")).toBe("Bearer t");
  });

  it("default to the ru region", async () => {
    const urls: string[] = [];
    const fetch = async (u: string | URL | Request) => {
      urls.push(String(u));
      return new Response("{}", { headers: { "content-type": "application/json" } });
    };
    await createBackupClient({ iamToken: "t", fetch }).backups.get(params);
    expect(urls).toEqual(["https://backup.api.cloud.yandex.net/backup/v1/backups/b1?folderId=f1"]);
  });

  it("strip every trailing slash of baseUrl and operationsBaseUrl", async () => {
    const urls: string[] = [];
    const fetch = async (u: string | URL | Request) => {
      urls.push(String(u));
      return new Response(JSON.stringify({ id: "op", done: true }), { headers: { "content-type": "application/json" } });
    };
    const c = createBackupClient({ iamToken: "t", fetch, baseUrl: "http://mock:4010/api//", operationsBaseUrl: "http://ops//" });
    await c.backups.get(params);
    await c.operations.get("op");
    expect(urls).toEqual(["http://mock:4010/api/backup/v1/backups/b1?folderId=f1", "http://ops/operations/op"]);
  });

  it("reject NaN, which would silently turn a limit off", () => {
    expect(make({ iamToken: "t", timeoutMs: NaN })).toThrow("createBackupClient: timeoutMs must be a non-negative number, got NaN");
    expect(make({ iamToken: "t", maxRetries: NaN })).toThrow(/maxRetries must be a non-negative number/);
  });
});
