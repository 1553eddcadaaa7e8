// The `@type` of each google.protobuf.Any the emulator writes, each written once. Typed by the spec's own literal
// types (@backup-api/types), so a URL that drifts from the spec does not compile.
import type {
  ActivateProviderMetadata,
  ApplyPolicyMetadata,
  BadRequest,
  CreatePolicyMetadata,
  DeleteBackupMetadata,
  DeletePolicyMetadata,
  DeleteResourceMetadata,
  Empty,
  ExecuteMetadata,
  PolicyAny,
  RequestInfo,
  RevokeMetadata,
  StartRecoveryMetadata,
  UpdatePolicyMetadata,
} from "@backup-api/types";

export const REQUEST_INFO_TYPE: RequestInfo["@type"] = "type.googleapis.com/google.rpc.RequestInfo";
export const BAD_REQUEST_TYPE: BadRequest["@type"] = "type.googleapis.com/google.rpc.BadRequest";
export const EMPTY_TYPE: Empty["@type"] = "type.googleapis.com/google.protobuf.Empty";
export const START_RECOVERY_METADATA_TYPE: StartRecoveryMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata";
export const DELETE_BACKUP_METADATA_TYPE: DeleteBackupMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.DeleteBackupMetadata";
export const CREATE_POLICY_METADATA_TYPE: CreatePolicyMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.CreatePolicyMetadata";
export const UPDATE_POLICY_METADATA_TYPE: UpdatePolicyMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.UpdatePolicyMetadata";
export const DELETE_POLICY_METADATA_TYPE: DeletePolicyMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.DeletePolicyMetadata";
export const ACTIVATE_PROVIDER_METADATA_TYPE: ActivateProviderMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.ActivateProviderMetadata";
export const POLICY_TYPE: PolicyAny["@type"] = "type.googleapis.com/yandex.cloud.backup.v1.Policy";
export const DELETE_RESOURCE_METADATA_TYPE: DeleteResourceMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.DeleteResourceMetadata";
export const APPLY_POLICY_METADATA_TYPE: ApplyPolicyMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.ApplyPolicyMetadata";
export const REVOKE_POLICY_METADATA_TYPE: RevokeMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.RevokeMetadata";
export const EXECUTE_METADATA_TYPE: ExecuteMetadata["@type"] =
  "type.googleapis.com/yandex.cloud.backup.v1.ExecuteMetadata";
