// types ↔ spec, at the type level: facts of the spec that the published types and client must carry.
// Checked by tsc (vitest typecheck mode); a spec edit that changes one of them fails here.
import type {
  Backup as DecodedBackup,
  BackupClient,
  ListBackupsInput,
  ListBackupsResponse as DecodedPage,
} from "@backup-api/client";
import type {
  Backup,
  BackupType,
  DeleteBackupMetadata,
  ListBackupsQuery,
  Operation,
  StartRecoveryMetadata,
  Status,
} from "@backup-api/types";
import { describe, expectTypeOf, it } from "vitest";

declare const client: BackupClient;

describe("types ↔ spec: key facts", () => {
  it("the client returns the decoded view: scalars and lists always there, messages and timestamps optional", async () => {
    expectTypeOf(client.backups.get({ backupId: "b", folderId: "f" })).resolves.toEqualTypeOf<DecodedBackup>();
    expectTypeOf<DecodedBackup["id"]>().toEqualTypeOf<string>();
    expectTypeOf<DecodedBackup["size"]>().toEqualTypeOf<string>();
    expectTypeOf<DecodedPage["backups"]>().toEqualTypeOf<DecodedBackup[]>();
    expectTypeOf<DecodedBackup["createdAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DecodedBackup>().toExtend<Backup>();
    const done = await client.operations.wait("op");
    expectTypeOf(done.response).not.toBeUndefined();
  });

  it("int64 fields stay strings; on the wire every response field is optional", () => {
    expectTypeOf<Backup["size"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<Backup["disks"]>[number]["size"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Backup["createdAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Backup["deleted"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("enums are unions of their names", () => {
    expectTypeOf<BackupType>().toEqualTypeOf<"TYPE_UNSPECIFIED" | "FULL" | "INCREMENTAL">();
  });

  it("list selectors travel as dotted query names", () => {
    expectTypeOf<ListBackupsQuery>().toHaveProperty("archive.archiveId");
    expectTypeOf<ListBackupsQuery>().toHaveProperty("instancePolicy.policyId");
    expectTypeOf<ListBackupsQuery["pageSize"]>().toEqualTypeOf<number | undefined>();
  });

  it("list takes exactly one selector", () => {
    expectTypeOf<{ folderId: string }>().toExtend<ListBackupsInput>();
    // @ts-expect-error two selectors
    void client.backups.list({ folderId: "f", computeInstanceId: "i" });
    // @ts-expect-error no selector
    void client.backups.list({ pageSize: 10 });
  });

  it("operations tell their metadata apart by @type", () => {
    type Metadata = NonNullable<Operation["metadata"]>;
    expectTypeOf<
      Extract<Metadata, { "@type": "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata" }>
    >().toEqualTypeOf<StartRecoveryMetadata>();
    expectTypeOf<
      Extract<Metadata, { "@type": "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata" }>
    >().toEqualTypeOf<DeleteBackupMetadata>();
  });

  it("startRecovery and delete answer with operations whose metadata is already narrowed", async () => {
    const recovery = await client.backups.startRecovery({ backupId: "b", computeInstanceId: "i" });
    expectTypeOf(recovery.metadata).toExtend<StartRecoveryMetadata | undefined>();
    const deletion = await client.backups.delete({ backupId: "b", computeInstanceId: "i" });
    expectTypeOf(deletion.metadata).toExtend<DeleteBackupMetadata | undefined>();
  });

  it("errors are google.rpc.Status with a numeric code", () => {
    expectTypeOf<Status["code"]>().toEqualTypeOf<number>();
  });
});
