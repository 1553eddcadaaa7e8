import { startMock, type RunningMock } from "@backup-api/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BackupApiError,
  BackupOperationError,
  createBackupClient,
  policySettings,
  type BackupClient,
} from "../../src/index.js";

// One real Prism process serving the bundled spec; each method is called through real HTTP.
let mock: RunningMock;
let client: BackupClient;
const example = (name: string) => ({ headers: { Prefer: `example=${name}` } });
const BACKUP_ID = "a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10";
const FOLDER = "b1g0ijbfaqsn12345678";
const INSTANCE = "epdp2hnkcn1s8u1k7b2n";

beforeAll(async () => {
  mock = await startMock();
  client = createBackupClient({
    iamToken: "test-token",
    baseUrl: mock.url,
    operationsBaseUrl: mock.url,
    retry: { baseDelayMs: 1 },
  });
}, 60_000);
afterAll(() => mock?.stop());

describe("against the Prism mock", () => {
  it("backups.get", async () => {
    const b = await client.backups.get({ backupId: BACKUP_ID, folderId: FOLDER }, example("full"));
    expect(b.id).toBe(BACKUP_ID);
    expect(b.size).toBe("21474836480");
    expect(b.disks[0]?.volumes[0]?.mountStrid).toBe("/");
  });

  it("backups.list (archive selector, dotted query names)", async () => {
    const page = await client.backups.list(
      { archive: { archiveId: "7c1d6e0a-4b2f-4a55-8f0e-1e2d3c4b5a69", folderId: FOLDER }, pageSize: 50 },
      example("firstPage"),
    );
    expect(page.backups).toHaveLength(2);
    expect(page.nextPageToken).toBeTruthy();
  });

  it("backups.listAll (follows the page token to the last page)", async () => {
    let n = 0;
    const pages = ["firstPage", "lastPage"];
    const paged = createBackupClient({
      iamToken: "test-token",
      baseUrl: mock.url,
      // Prism cannot chain pages, so the example is picked per request
      fetch: (request) => {
        request.headers.set("Prefer", `example=${pages[n++] ?? "empty"}`);
        return fetch(request);
      },
    });
    const ids = [];
    for await (const b of paged.backups.listAll({ folderId: FOLDER })) ids.push(b.id);
    expect(ids).toEqual([BACKUP_ID, "b4c0f5a2-3d5e-4f9b-8a72-1c6d8e3f9b21", "c5d1a6b3-4e6f-4a0c-9b83-2d7e9f4a0c32"]);
    expect(n).toBe(2);
  });

  it("backups.listArchives", async () => {
    const { archives } = await client.backups.listArchives(
      { computeInstanceId: INSTANCE, folderId: FOLDER },
      example("oneArchive"),
    );
    expect(archives[0]?.format).toBe("VERSION_12");
  });

  it("backups.listFiles", async () => {
    const { files } = await client.backups.listFiles(
      { backupId: BACKUP_ID, folderId: FOLDER, sourceId: "disk-0" },
      example("directory"),
    );
    expect(files.map((file) => file.name)).toEqual(["etc", "hostname"]);
  });

  it("backups.startRecovery, then operations.wait", async () => {
    const op = await client.backups.startRecovery(
      { backupId: BACKUP_ID, computeInstanceId: INSTANCE },
      example("started"),
    );
    expect(op.metadata?.progressPercentage).toBe(0);
    expect(op.id).toBeTypeOf("string");
    const progress: (number | undefined)[] = [];
    const waiter = createBackupClient({
      iamToken: "test-token",
      baseUrl: mock.url,
      fetch: (request) => {
        request.headers.set("Prefer", `example=${progress.length < 2 ? "inProgress" : "done"}`);
        return fetch(request);
      },
    });
    const done = await waiter.operations.wait(op, {
      pollIntervalMs: 5,
      onProgress: (percent) => progress.push(percent),
    });
    expect(done.done).toBe(true);
    expect(done.response["@type"]).toBe("type.googleapis.com/google.protobuf.Empty");
    expect(progress).toEqual([0, 42.5, 100]);
  });

  it("backups.delete", async () => {
    const op = await client.backups.delete({ computeInstanceId: INSTANCE, backupId: BACKUP_ID }, example("started"));
    expect(op.metadata?.backupId).toBe(BACKUP_ID);
    expect(op.done).toBe(false);
  });

  it("operations.get (failed operation) and wait rejecting with its error", async () => {
    const op = await client.operations.get("cdg3lam9a1c0n7v4hq2e", example("failed"));
    expect(op.error?.code).toBe(9);
    const err = await client.operations.wait(op).catch((e) => e);
    expect(err).toBeInstanceOf(BackupOperationError);
    expect(err.codeName).toBe("FAILED_PRECONDITION");
  });

  it("policies.create with policySettings (Prism checks the body against the spec), then operations.wait with the new Policy", async () => {
    const settings = policySettings({
      scheme: "WEEKLY_FULL_DAILY_INCREMENTAL",
      schedule: { weekly: { on: ["MONDAY", "THURSDAY"], at: "03:00" } },
      retention: { keepLast: 7, keepFor: { weeks: 4 } },
    });
    const op = await client.policies.create({ folderId: FOLDER, name: "twice-weekly", settings }, example("started"));
    expect(op.metadata?.policyId).toBeTypeOf("string");
    const waiter = createBackupClient({
      iamToken: "test-token",
      baseUrl: mock.url,
      fetch: (request) => {
        request.headers.set("Prefer", "example=createPolicyDone");
        return fetch(request);
      },
    });
    const done = await waiter.operations.wait(op, { pollIntervalMs: 5 });
    expect(done.response).toMatchObject({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.Policy",
      name: "daily",
    });
    // the check is real: Prism refuses settings that break the schema (keeping backups for 0 weeks)
    const broken = { ...settings, retention: { rules: [{ maxAge: { type: "WEEKS" as const, count: "0" } }] } };
    const refused = await client.policies
      .create({ folderId: FOLDER, name: "broken", settings: broken }, { maxRetries: 0 })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BackupApiError);
  });

  it("resources.listAll (follows the page token to the last page)", async () => {
    let n = 0;
    const pages = ["firstPage", "lastPage"];
    const paged = createBackupClient({
      iamToken: "test-token",
      baseUrl: mock.url,
      fetch: (request) => {
        request.headers.set("Prefer", `example=${pages[n++] ?? "empty"}`);
        return fetch(request);
      },
    });
    const resources = [];
    for await (const resource of paged.resources.listAll({ folderId: FOLDER, pageSize: 2 })) resources.push(resource);
    expect(n).toBe(2);
    expect(resources.length).toBeGreaterThan(2);
    expect(resources[0]).toMatchObject({ computeInstanceId: INSTANCE, statusProgress: "0" });
  });

  it("operations.cancel, on the operations host", async () => {
    const op = await client.operations.cancel("cdge5x1e2c3u4t5e6p7o");
    expect(op).toMatchObject({ done: true, error: { code: 1 } });
  });

  it("maps Prism's error answers to BackupApiError", async () => {
    const err = await client.backups
      .get({ backupId: BACKUP_ID, folderId: FOLDER }, { headers: { Prefer: "code=404" } })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BackupApiError);
    expect(err.status).toBe(404);
    expect(err.codeName).toBe("NOT_FOUND");
    expect(err.requestId).toBeTruthy();
    expect(err.bodyIsStatus).toBe(true);
  });

  it("is rejected by Prism without a token (401)", async () => {
    const noAuth = createBackupClient({ iamToken: "x", baseUrl: mock.url, maxRetries: 0 });
    const { response } = await noAuth.raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: BACKUP_ID }, query: { folderId: FOLDER } },
      headers: { authorization: "" },
    });
    expect(response.status).toBe(401);
  });
});
