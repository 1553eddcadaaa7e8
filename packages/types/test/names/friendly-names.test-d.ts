import { describe, expectTypeOf, it } from "vitest";
import type {
  Archive,
  ArchiveFormat,
  Backup,
  BackupFile,
  BackupFileType,
  BackupType,
  DeleteBackupMetadata,
  DeleteBackupOperation,
  DeleteBackupParams,
  Disk,
  EncryptionAlgorithm,
  GetBackupParams,
  GetBackupResponse,
  GetOperationResponse,
  ListBackupsQuery,
  Operation,
  ResourceType,
  StartRecoveryMetadata,
  StartRecoveryOperation,
  StartRecoveryParams,
  Status,
  Volume,
  Wire,
} from "../../src/index.js";

describe("friendly names (the wire view: as the server sends it)", () => {
  it("expose the schemas with their fields", () => {
    expectTypeOf<Backup["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Backup["disks"]>().toEqualTypeOf<Disk[] | undefined>();
    expectTypeOf<Disk["volumes"]>().toEqualTypeOf<Volume[] | undefined>();
    expectTypeOf<Archive["format"]>().toEqualTypeOf<ArchiveFormat | undefined>();
    expectTypeOf<BackupFile["type"]>().toEqualTypeOf<BackupFileType | undefined>();
    expectTypeOf<Status["code"]>().toEqualTypeOf<number>();
    expectTypeOf<Operation["error"]>().toEqualTypeOf<Status | undefined>();
    expectTypeOf<Wire["Backup"]>().toEqualTypeOf<Backup>();
  });

  it("keep int64 fields as strings (lossless)", () => {
    expectTypeOf<Backup["size"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Volume["freeSpace"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Archive["logicalSize"]>().toEqualTypeOf<string | undefined>();
  });

  it("turn enums into string-literal unions", () => {
    expectTypeOf<BackupType>().toEqualTypeOf<"TYPE_UNSPECIFIED" | "FULL" | "INCREMENTAL">();
    expectTypeOf<ResourceType>().toEqualTypeOf<
      "RESOURCE_TYPE_UNSPECIFIED" | "COMPUTE" | "BMS" | "EXTERNAL_VM" | "EXTERNAL_SERVER"
    >();
    expectTypeOf<EncryptionAlgorithm>().toExtend<string>();
    // @ts-expect-error an unknown enum member is rejected
    const bad: BackupType = "DIFFERENTIAL";
    void bad;
  });

  it("type operation metadata by kind", () => {
    expectTypeOf<StartRecoveryOperation["metadata"]>().toExtend<StartRecoveryMetadata | undefined>();
    expectTypeOf<DeleteBackupOperation["metadata"]>().toExtend<DeleteBackupMetadata | undefined>();
    expectTypeOf<StartRecoveryMetadata["progressPercentage"]>().toEqualTypeOf<number | undefined>();
  });

  it("name per-operation parameters and responses", () => {
    expectTypeOf<GetBackupParams["path"]>().toEqualTypeOf<{ backupId: string }>();
    expectTypeOf<GetBackupParams["query"]>().toEqualTypeOf<{ folderId: string }>();
    expectTypeOf<GetBackupResponse>().toEqualTypeOf<Backup>();
    expectTypeOf<GetOperationResponse>().toEqualTypeOf<Operation>();
    expectTypeOf<StartRecoveryParams["header"]>().toExtend<{ "Idempotency-Key"?: string } | undefined>();
    expectTypeOf<DeleteBackupParams["path"]>().toEqualTypeOf<{ computeInstanceId: string; backupId: string }>();
    expectTypeOf<ListBackupsQuery["archive.archiveId"]>().toEqualTypeOf<string | undefined>();
  });
});
