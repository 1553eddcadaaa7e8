import { document } from "@backup-api/spec";
import { afterEach, describe, expect, it } from "vitest";
import { BackupUsageError } from "../../src/index.js";
import { BACKUP_ROUTES } from "../../src/resources/backups.js";
import { testClient } from "../support/client.js";
import { json, scriptedServer } from "../support/server.js";

let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe("requests each method sends", () => {
  it("match the spec's method and path", async () => {
    const s = await scriptedServer([json(200, { id: "x" })]);
    close = s.close;
    const c = testClient(s.url);
    await c.backups.get({ backupId: "b 1", folderId: "f1" });
    await c.backups.list({ folderId: "f1" });
    await c.backups.listArchives({ computeInstanceId: "i1" });
    await c.backups.listArchives({ computeInstanceId: "i1", folderId: "f1" });
    await c.backups.listFiles({ backupId: "b1", folderId: "f1" });
    await c.backups.listFiles({ backupId: "b1", folderId: "f1", sourceId: "disk-0/etc" });
    await c.backups.startRecovery({ backupId: "b1", computeInstanceId: "i2" });
    await c.backups.delete({ computeInstanceId: "i1", backupId: "b1" });
    await c.operations.get("op1");
    expect(s.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /backup/v1/backups/b%201?folderId=f1",
      "GET /backup/v1/backups?folderId=f1",
      "GET /backup/v1/backups/i1/archives",
      "GET /backup/v1/backups/i1/archives?folderId=f1",
      "GET /backup/v1/backups/b1/files?folderId=f1",
      "GET /backup/v1/backups/b1/files?folderId=f1&sourceId=disk-0%2Fetc",
      "POST /backup/v1/backups/b1:startRecovery",
      "DELETE /backup/v1/backups/i1/b1",
      "GET /operations/op1",
    ]);
    const post = s.seen[6]!;
    expect(JSON.parse(post.body)).toEqual({ computeInstanceId: "i2" });
    expect(post.headers["content-type"]).toBe("application/json");
    expect(s.seen[7]!.body).toBe("");
  });

  it("check required parameters before sending anything, naming the one that is wrong", async () => {
    const c = testClient("http://127.0.0.1:9");
    await expect(c.backups.get({ backupId: "b" } as never)).rejects.toThrow(
      "backups.get: folderId must be a non-empty string, got undefined",
    );
    await expect(c.backups.get(undefined as never)).rejects.toThrow("backups.get: expected an object of parameters");
    await expect(c.backups.startRecovery({ backupId: "b", computeInstanceId: "" })).rejects.toThrow(
      "backups.startRecovery: computeInstanceId must be a non-empty string, got string",
    );
    await expect(c.backups.delete({ backupId: "b" } as never)).rejects.toThrow(
      "backups.delete: computeInstanceId must be a non-empty string, got undefined",
    );
    await expect(c.backups.listFiles({ backupId: "b", folderId: "f", sourceId: 3 } as never)).rejects.toThrow(
      "backups.listFiles: sourceId must be a string, got number",
    );
    await expect(c.backups.listArchives({} as never)).rejects.toBeInstanceOf(BackupUsageError);
  });

  it("encode path parameters, so an id cannot change the path or add a query", async () => {
    const s = await scriptedServer([json(200, { id: "x" })]);
    close = s.close;
    const c = testClient(s.url);
    await c.backups.get({ backupId: "../a/b?c#d", folderId: "f1" });
    await c.operations.get("op/1");
    expect(s.seen.map((r) => r.url)).toEqual(["/backup/v1/backups/..%2Fa%2Fb%3Fc%23d?folderId=f1", "/operations/op%2F1"]);
  });

  it("send the call's own headers, beside the client's", async () => {
    const s = await scriptedServer([json(200, { id: "x" })]);
    close = s.close;
    await testClient(s.url, { headers: { "x-app": "a" } }).backups.get(
      { backupId: "b1", folderId: "f1" },
      { headers: { "x-client-trace-id": "trace-7" } },
    );
    expect(s.seen[0]!.headers["x-client-trace-id"]).toBe("trace-7");
    expect(s.seen[0]!.headers["x-app"]).toBe("a");
  });
});

describe("route table", () => {
  it("names only paths, methods and parameters the spec defines", () => {
    const paths = document.paths as unknown as Record<string, Record<string, { parameters?: { $ref?: string }[]; requestBody?: unknown }>>;
    const params = document.components!.parameters as unknown as Record<string, { name: string; in: string }>;
    for (const line of Object.values(BACKUP_ROUTES)) {
      const [method, path, ...rest] = line.split(" ") as [string, string, ...string[]];
      const op = paths[path]?.[method.toLowerCase()];
      expect(op, line).toBeDefined();
      const names = op!.parameters!.map((p) => params[p.$ref!.split("/").pop()!]!).map((p) => `${p.in}:${p.name}`);
      for (const p of path.match(/[^{}]+(?=})/g) ?? []) expect(names, line).toContain(`path:${p}`);
      for (const q of rest.map((r) => r.replace("?", ""))) {
        expect(method === "POST" ? Object.keys(op!.requestBody ?? {}).length > 0 : names.includes(`query:${q}`), `${line}: ${q}`).toBe(true);
      }
    }
  });
});
