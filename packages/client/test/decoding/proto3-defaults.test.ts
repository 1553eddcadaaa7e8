// Every value the client returns has its scalar and list fields filled with their proto3 defaults, at every
// depth; message-typed fields (timestamps, objects, Any) keep their presence. client.raw returns wire values.
import { describe, expect, it } from "vitest";
import { responseOfGetPolicy } from "../../src/generated/proto3-defaults.js";
import { decodeResponse } from "../../src/internal/decoding.js";
import { testClient } from "../support/client.js";
import { fakeApi, json } from "../support/fake-api.js";

const EMPTY = { "@type": "type.googleapis.com/google.protobuf.Empty" };

describe("proto3 defaults", () => {
  it("fill a backup's scalars, int64 strings, enums and lists, and those of its disks and volumes", async () => {
    const api = fakeApi([json(200, { id: "b1", disks: [{ name: "vda", volumes: [{ isBootable: true }] }] })]);
    const backup = await testClient(api).backups.get({ backupId: "b1", folderId: "f1" });
    expect(backup).toEqual({
      id: "b1",
      vaultId: "",
      archiveId: "",
      size: "0",
      deduplicatedSize: "0",
      backedUpDataSize: "0",
      originalDataSize: "0",
      computeInstanceId: "",
      type: "TYPE_UNSPECIFIED",
      deleted: false,
      policyId: "",
      resourceId: "",
      disks: [
        {
          name: "vda",
          deviceModel: "",
          size: "0",
          volumes: [{ isBootable: true, isSystem: false, freeSpace: "0", size: "0", name: "", mountStrid: "" }],
        },
      ],
    });
  });

  it("leave message-typed fields and timestamps absent, and fill them when present", async () => {
    const api = fakeApi([
      json(200, { id: "b1" }),
      json(200, { id: "b2", createdAt: "2026-01-01T00:00:00Z", attributes: {} }),
    ]);
    const client = testClient(api);
    const bare = await client.backups.get({ backupId: "b1", folderId: "f1" });
    expect("createdAt" in bare).toBe(false);
    expect("attributes" in bare).toBe(false);
    const full = await client.backups.get({ backupId: "b2", folderId: "f1" });
    expect(full.createdAt).toBe("2026-01-01T00:00:00Z");
    expect(full.attributes).toEqual({ streamName: "", uri: "" });
  });

  it("keep what the server sent, falsy values included", async () => {
    const api = fakeApi([json(200, { id: "b1", size: "7", deleted: true, type: "FULL", disks: [] })]);
    expect(await testClient(api).backups.get({ backupId: "b1", folderId: "f1" })).toMatchObject({
      size: "7",
      deleted: true,
      type: "FULL",
      disks: [],
    });
  });

  it("give every list answer its list, and each item its defaults", async () => {
    const api = fakeApi([
      json(200, {}),
      json(200, {}),
      json(200, { files: [{ id: "d0" }] }),
      json(200, { archives: [{ id: "a1", attributes: {} }] }),
    ]);
    const client = testClient(api);
    expect(await client.backups.list({ folderId: "f" })).toEqual({ backups: [], nextPageToken: "" });
    expect(await client.backups.listArchives({ computeInstanceId: "i" })).toEqual({ archives: [] });
    expect((await client.backups.listFiles({ backupId: "b", folderId: "f" })).files).toEqual([
      { id: "d0", parentId: "", type: "TYPE_UNSPECIFIED", fullPath: "", name: "", size: "0" },
    ]);
    const [archive] = (await client.backups.listArchives({ computeInstanceId: "i" })).archives;
    expect(archive).toMatchObject({
      id: "a1",
      format: "FORMAT_UNSPECIFIED",
      encryptionAlgorithm: "ENCRYPTION_ALGORITHM_UNSPECIFIED",
      actions: [],
      size: "0",
    });
    expect(archive!.attributes).toEqual({ aaib: "", uri: "" });
  });

  it("fill an operation, its metadata by its @type, and its error's details", async () => {
    const api = fakeApi([
      json(200, {
        id: "op1",
        metadata: { "@type": "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata" },
      }),
      json(200, {
        id: "op2",
        metadata: { "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata" },
        done: true,
        response: EMPTY,
      }),
    ]);
    const client = testClient(api);
    const started = await client.backups.startRecovery({ backupId: "b", computeInstanceId: "i" });
    expect(started).toEqual({
      id: "op1",
      description: "",
      createdBy: "",
      done: false,
      metadata: {
        "@type": "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata",
        progressPercentage: 0,
        srcBackupId: "",
        dstComputeInstanceId: "",
      },
    });
    const deleted = await client.operations.get("op2");
    expect(deleted.metadata).toEqual({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata",
      computeInstanceId: "",
      backupId: "",
    });
    expect(deleted.response).toEqual(EMPTY);
  });

  it("fill a failed operation's error, down to its BadRequest field violations", async () => {
    const error = {
      code: 3,
      details: [
        { "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "computeInstanceId" }] },
      ],
    };
    const api = fakeApi([json(200, { id: "op1", done: true, error })]);
    const operation = await testClient(api).operations.get("op1");
    expect(operation.error).toEqual({
      code: 3,
      message: "",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.BadRequest",
          fieldViolations: [{ field: "computeInstanceId", description: "" }],
        },
      ],
    });
  });

  it("fill what is inside a required message (a policy's settings), and leave a oneof's scalar out", () => {
    // a policy as the server sends it: settings' required messages present, their fields at defaults left out
    const wire = {
      id: "p1",
      settings: {
        compression: "NORMAL",
        reattempts: { interval: { type: "MINUTES", count: "5" }, maxAttempts: "5" },
        scheduling: {
          scheme: "ALWAYS_FULL",
          backupSets: [{ sinceLastExecTime: { delay: { type: "HOURS", count: "1" } } }],
        },
        retention: { rules: [{ maxAge: { type: "DAYS", count: "7" } }, { maxCount: "3" }] },
      },
    };
    const policy = decodeResponse(responseOfGetPolicy, structuredClone(wire));
    expect(policy.settings!.reattempts).toEqual({ ...wire.settings.reattempts, enabled: false });
    expect(policy.settings!.scheduling).toEqual({
      ...wire.settings.scheduling,
      backupSets: [{ ...wire.settings.scheduling.backupSets[0], type: "TYPE_UNSPECIFIED" }],
      enabled: false,
      maxParallelBackups: "0",
    });
    // RetentionRule's maxAge and maxCount are a oneof: a rule by age gets no maxCount "0" beside it, which would
    // break the oneof and have the policy refused when sent back with policies.update
    expect(policy.settings!.retention).toEqual({
      rules: [
        { maxAge: { type: "DAYS", count: "7" }, backupSet: [] },
        { maxCount: "3", backupSet: [] },
      ],
      beforeBackup: false,
    });
    // the required scalars (compression) are kept as sent, and never invented
    expect(decodeResponse(responseOfGetPolicy, { settings: {} }).settings).not.toHaveProperty("compression");
  });

  it("leave a detail of a type the spec does not know as it came", async () => {
    const detail = { "@type": "type.googleapis.com/google.rpc.Help", links: [] };
    const api = fakeApi([json(200, { id: "op1", done: true, error: { code: 2, details: [detail] } })]);
    expect((await testClient(api).operations.get("op1")).error?.details).toEqual([detail]);
  });

  it("reach withResponse's data too, but not client.raw: it returns what the server sent", async () => {
    const api = fakeApi([json(200, { id: "b1" })]);
    const client = testClient(api);
    expect((await client.backups.get({ backupId: "b1", folderId: "f" }, { withResponse: true })).data.size).toBe("0");
    const { data } = await client.raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b1" }, query: { folderId: "f" } },
    });
    expect(data).toEqual({ id: "b1" });
  });
});
