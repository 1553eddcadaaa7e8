import { describe, expectTypeOf, it } from "vitest";
import type {
  Archive,
  ArchiveFormat,
  Backup,
  BackupAttributes,
  BackupFile,
  BackupFileType,
  BackupType,
  DecodedComponents,
  DecodedResponse,
  DeleteBackupMetadata,
  DeleteBackupOperation,
  Disk,
  Empty,
  OperationResponse,
  PolicyAny,
  FieldViolation,
  ListBackupsResponse,
  Operation,
  OperationMetadata,
  StartRecoveryMetadata,
  StartRecoveryOperation,
  Status,
  StatusDetail,
  Volume,
} from "../../src/decoded.js";
import type { Wire } from "../../src/index.js";

describe("the decoded view (what the client returns: proto3 defaults filled in)", () => {
  it("always has scalars, int64 strings, enums and lists", () => {
    expectTypeOf<Backup["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Backup["size"]>().toEqualTypeOf<string>();
    expectTypeOf<Backup["deleted"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Backup["type"]>().toEqualTypeOf<BackupType>();
    expectTypeOf<Backup["disks"]>().toEqualTypeOf<Disk[]>();
    expectTypeOf<ListBackupsResponse["backups"]>().toEqualTypeOf<Backup[]>();
    expectTypeOf<ListBackupsResponse["nextPageToken"]>().toEqualTypeOf<string>();
    expectTypeOf<Disk["volumes"]>().toEqualTypeOf<Volume[]>();
    expectTypeOf<Volume["freeSpace"]>().toEqualTypeOf<string>();
    expectTypeOf<Archive["format"]>().toEqualTypeOf<ArchiveFormat>();
    expectTypeOf<BackupFile["type"]>().toEqualTypeOf<BackupFileType>();
    expectTypeOf<Status["details"]>().toEqualTypeOf<StatusDetail[]>();
    expectTypeOf<FieldViolation>().toEqualTypeOf<{ field: string; description: string }>();
    expectTypeOf<StartRecoveryMetadata["progressPercentage"]>().toEqualTypeOf<number>();
  });

  it("keeps timestamps and message-typed fields optional (they have presence)", () => {
    expectTypeOf<Backup["createdAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Backup["attributes"]>().toEqualTypeOf<BackupAttributes | undefined>();
    expectTypeOf<Operation["error"]>().toEqualTypeOf<Status | undefined>();
    expectTypeOf<Operation["response"]>().toEqualTypeOf<OperationResponse | undefined>();
    expectTypeOf<OperationResponse>().toEqualTypeOf<Empty | PolicyAny>();
    expectTypeOf<Operation["metadata"]>().toEqualTypeOf<OperationMetadata | undefined>();
    expectTypeOf<Status["code"]>().toEqualTypeOf<number>();
  });

  it("types operation metadata by kind, and each operation's answer", () => {
    expectTypeOf<StartRecoveryOperation["metadata"]>().toExtend<StartRecoveryMetadata | undefined>();
    expectTypeOf<DeleteBackupOperation["metadata"]>().toExtend<DeleteBackupMetadata | undefined>();
    expectTypeOf<DecodedResponse<"get">>().toEqualTypeOf<Backup>();
    expectTypeOf<DecodedResponse<"startRecovery">>().toEqualTypeOf<StartRecoveryOperation>();
  });

  it("accepts nothing the wire view would not: it only adds what the server left out", () => {
    type NotWire = {
      [Name in keyof Wire]: DecodedComponents["schemas"][Name] extends Wire[Name] ? never : Name;
    }[keyof Wire];
    expectTypeOf<NotWire>().toEqualTypeOf<never>();
  });
});
