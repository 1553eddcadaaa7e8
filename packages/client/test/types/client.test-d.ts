import { describe, expectTypeOf, it } from "vitest";
import type {
  Backup,
  BackupClient,
  DeleteBackupOperation,
  DoneOperation,
  Empty,
  ListArchivesResponse,
  ListBackupsResponse,
  ListFilesResponse,
  Operation,
  StartRecoveryOperation,
  Wire,
  WithResponse,
} from "../../src/index.js";

declare const client: BackupClient;

describe("method types", () => {
  it("resolve to the decoded types (proto3 defaults filled in)", () => {
    expectTypeOf(client.backups.get({ backupId: "b", folderId: "f" })).resolves.toEqualTypeOf<Backup>();
    expectTypeOf(client.backups.list({ folderId: "f" })).resolves.toEqualTypeOf<ListBackupsResponse>();
    expectTypeOf(
      client.backups.listArchives({ computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<ListArchivesResponse>();
    expectTypeOf(
      client.backups.listFiles({ backupId: "b", folderId: "f" }),
    ).resolves.toEqualTypeOf<ListFilesResponse>();
    expectTypeOf(
      client.backups.startRecovery({ backupId: "b", computeInstanceId: "i" }),
    ).resolves.toEqualTypeOf<StartRecoveryOperation>();
    expectTypeOf(
      client.backups.delete({ computeInstanceId: "i", backupId: "b" }),
    ).resolves.toEqualTypeOf<DeleteBackupOperation>();
    expectTypeOf(client.operations.get("op")).resolves.toEqualTypeOf<Operation>();
    expectTypeOf(client.backups.listAll({ folderId: "f" })).toEqualTypeOf<AsyncGenerator<Backup, void, undefined>>();
  });

  it("say which fields are always there", () => {
    expectTypeOf<Backup["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Backup["size"]>().toEqualTypeOf<string>();
    expectTypeOf<ListBackupsResponse["backups"]>().toEqualTypeOf<Backup[]>();
    expectTypeOf<Operation["id"]>().toEqualTypeOf<string>();
    // message-typed fields have presence
    expectTypeOf<Backup["createdAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Operation["response"]>().toEqualTypeOf<Empty | undefined>();
  });

  it("switch to WithResponse when asked", () => {
    expectTypeOf(client.backups.get({ backupId: "b", folderId: "f" }, { withResponse: true })).resolves.toEqualTypeOf<
      WithResponse<Backup>
    >();
    expectTypeOf(
      client.backups.get({ backupId: "b", folderId: "f" }, { timeoutMs: 5 }),
    ).resolves.toEqualTypeOf<Backup>();
  });

  it("keep the operation kind through wait, and type a done operation's response present", async () => {
    const op = await client.backups.startRecovery({ backupId: "b", computeInstanceId: "i" });
    expectTypeOf(client.operations.wait(op)).resolves.toEqualTypeOf<DoneOperation<StartRecoveryOperation>>();
    expectTypeOf(client.operations.wait("id")).resolves.toEqualTypeOf<DoneOperation<Operation>>();
    const done = await client.operations.wait(op, {
      headers: { "x-client-trace-id": "t" },
      signal: AbortSignal.timeout(1000),
    });
    expectTypeOf(done.response).toEqualTypeOf<Empty>();
    expectTypeOf(done.done).toEqualTypeOf<true>();
  });

  it("reject missing or misspelt parameters", () => {
    // @ts-expect-error folderId is required
    client.backups.get({ backupId: "b" });
    // @ts-expect-error computeInstanceId is required
    client.backups.startRecovery({ backupId: "b" });
    // @ts-expect-error idempotencyKey only on calls that start work
    client.backups.get({ backupId: "b", folderId: "f" }, { idempotencyKey: "k" });
    client.backups.delete({ computeInstanceId: "i", backupId: "b" }, { idempotencyKey: "k" });
  });

  it("type client.raw with the spec's paths, returning wire values", async () => {
    expectTypeOf(client.raw.GET)
      .parameter(0)
      .toEqualTypeOf<
        | "/backup/v1/backups"
        | "/backup/v1/backups/{backupId}"
        | "/backup/v1/backups/{backupId}/files"
        | "/backup/v1/backups/{computeInstanceId}/archives"
        | "/operations/{operationId}"
      >();
    const { data } = await client.raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b" }, query: { folderId: "f" } },
    });
    expectTypeOf(data).toEqualTypeOf<Wire["Backup"] | undefined>();
  });
});
