// The `@type` of each google.protobuf.Any the emulator writes, each written once. Typed by the spec's own literal
// types (@backup-api/types), so a URL that drifts from the spec does not compile.
import type { BadRequest, DeleteBackupMetadata, Empty, RequestInfo, StartRecoveryMetadata } from "@backup-api/types";

export const REQUEST_INFO_TYPE: RequestInfo["@type"] = "type.googleapis.com/google.rpc.RequestInfo";
export const BAD_REQUEST_TYPE: BadRequest["@type"] = "type.googleapis.com/google.rpc.BadRequest";
export const EMPTY_TYPE: Empty["@type"] = "type.googleapis.com/google.protobuf.Empty";
export const START_RECOVERY_METADATA_TYPE: StartRecoveryMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata";
export const DELETE_BACKUP_METADATA_TYPE: DeleteBackupMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata";
