// The Backup resource, one standalone function per method on a core (`backupsGet(core, params, options)`), so
// that an app ships the calls it makes and no others; `backupsApi(core)` gathers them into `client.backups`.
// Each calls openapi-fetch's typed GET/POST/DELETE on the spec's path, with the parameter names the generated
// types allow, so tsc checks routes and names.
import type { operations } from "@backup-api/types";
import type {
  Backup,
  DeleteBackupOperation,
  ListArchivesResponse,
  ListBackupsResponse,
  ListFilesResponse,
  StartRecoveryOperation,
} from "@backup-api/types/decoded";
import type { BackupCore } from "../core/backup-core.js";
import { listQuery, type ListAllBackupsInput, type ListBackupsInput } from "../core/list-selector.js";
import type { CallOptions, MutationOptions, Result } from "../core/options.js";
import { followPages } from "../core/pagination.js";
import {
  responseOfDelete,
  responseOfGet,
  responseOfList,
  responseOfListArchives,
  responseOfListFiles,
  responseOfStartRecovery,
} from "../generated/proto3-defaults.js";
import { call } from "../internal/call.js";
import { requireCore, stringParams } from "../internal/checks.js";
import type { FlatParams, Query, Simplify } from "../internal/params.js";

export type GetBackupInput = FlatParams<"get">;
export type ListArchivesInput = FlatParams<"listArchives">;
export type ListFilesInput = FlatParams<"listFiles">;
export type StartRecoveryInput = Simplify<
  FlatParams<"startRecovery"> & operations["startRecovery"]["requestBody"]["content"]["application/json"]
>;
export type DeleteBackupInput = FlatParams<"delete">;

/** The Backup resource, as `client.backups`. Every method takes its parameters, then optional `CallOptions`. */
export interface BackupsApi {
  /** One backup. */
  get<O extends CallOptions = CallOptions>(params: GetBackupInput, options?: O): Promise<Result<Backup, O>>;
  /** One page of backups, picked by exactly one selector. */
  list<O extends CallOptions = CallOptions>(
    params: ListBackupsInput,
    options?: O,
  ): Promise<Result<ListBackupsResponse, O>>;
  /** Every backup the selector matches, fetching pages lazily as the loop consumes them. */
  listAll(
    params: ListAllBackupsInput,
    options?: Omit<CallOptions, "withResponse">,
  ): AsyncGenerator<Backup, void, undefined>;
  /** The archives of an instance (not paginated). */
  listArchives<O extends CallOptions = CallOptions>(
    params: ListArchivesInput,
    options?: O,
  ): Promise<Result<ListArchivesResponse, O>>;
  /** One level of a backup's file tree: its disks, or the children of `sourceId` (not paginated). */
  listFiles<O extends CallOptions = CallOptions>(
    params: ListFilesInput,
    options?: O,
  ): Promise<Result<ListFilesResponse, O>>;
  /** Starts recovering a backup onto an instance; wait for the operation with `operations.wait`. */
  startRecovery<O extends MutationOptions = MutationOptions>(
    params: StartRecoveryInput,
    options?: O,
  ): Promise<Result<StartRecoveryOperation, O>>;
  /** Starts deleting a backup; wait for the operation with `operations.wait`. */
  delete<O extends MutationOptions = MutationOptions>(
    params: DeleteBackupInput,
    options?: O,
  ): Promise<Result<DeleteBackupOperation, O>>;
}

// Each function but listAll is `async`: a wrong argument rejects the returned promise rather than throwing where
// the call is made. `call` checks the core before anything is sent.

/** One backup: `client.backups.get` on a core. */
export async function backupsGet<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: GetBackupInput,
  options?: O,
): Promise<Result<Backup, O>> {
  const apiMethod = "backups.get";
  const { backupId, folderId } = stringParams(apiMethod, params, ["backupId", "folderId"]);
  return call(core, { apiMethod, response: responseOfGet }, options, (init, header) =>
    core.raw.GET("/backup/v1/backups/{backupId}", {
      ...init,
      params: { path: { backupId }, query: { folderId } satisfies Query<"get">, header },
    }),
  );
}

/** One page of backups, as `backups.list` and each page of `backups.listAll` ask for it. */
const listPage = <O extends CallOptions>(
  core: BackupCore,
  query: operations["list"]["parameters"]["query"],
  options: O | undefined,
) =>
  call(core, { apiMethod: "backups.list", response: responseOfList }, options, (init, header) =>
    core.raw.GET("/backup/v1/backups", { ...init, params: { query, header } }),
  );

/** One page of backups, picked by exactly one selector: `client.backups.list` on a core. */
export async function backupsList<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListBackupsInput,
  options?: O,
): Promise<Result<ListBackupsResponse, O>> {
  return listPage(core, listQuery("backups.list", params).query, options);
}

/** Every backup the selector matches, page by page as the loop consumes them: `client.backups.listAll` on a core. */
export function backupsListAll(
  core: BackupCore,
  params: ListAllBackupsInput,
  options?: Omit<CallOptions, "withResponse">,
): AsyncGenerator<Backup, void, undefined> {
  const apiMethod = "backups.listAll";
  // checked now, not at the first page: a wrong call fails where it is made
  const { query, paginated } = listQuery(apiMethod, params);
  requireCore(apiMethod, core);
  return followPages(
    apiMethod,
    query,
    paginated,
    (pageQuery) => listPage(core, pageQuery, { ...options, withResponse: true }),
    (page) => page.backups,
  );
}

/** The archives of an instance (not paginated): `client.backups.listArchives` on a core. */
export async function backupsListArchives<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListArchivesInput,
  options?: O,
): Promise<Result<ListArchivesResponse, O>> {
  const apiMethod = "backups.listArchives";
  const { computeInstanceId, folderId } = stringParams(apiMethod, params, ["computeInstanceId"], ["folderId"]);
  return call(core, { apiMethod, response: responseOfListArchives }, options, (init, header) =>
    core.raw.GET("/backup/v1/backups/{computeInstanceId}/archives", {
      ...init,
      params: { path: { computeInstanceId }, query: { folderId } satisfies Query<"listArchives">, header },
    }),
  );
}

/** One level of a backup's file tree (not paginated): `client.backups.listFiles` on a core. */
export async function backupsListFiles<O extends CallOptions = CallOptions>(
  core: BackupCore,
  params: ListFilesInput,
  options?: O,
): Promise<Result<ListFilesResponse, O>> {
  const apiMethod = "backups.listFiles";
  const { backupId, folderId, sourceId } = stringParams(apiMethod, params, ["backupId", "folderId"], ["sourceId"]);
  return call(core, { apiMethod, response: responseOfListFiles }, options, (init, header) =>
    core.raw.GET("/backup/v1/backups/{backupId}/files", {
      ...init,
      params: { path: { backupId }, query: { folderId, sourceId } satisfies Query<"listFiles">, header },
    }),
  );
}

/** Starts recovering a backup onto an instance: `client.backups.startRecovery` on a core. */
export async function backupsStartRecovery<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: StartRecoveryInput,
  options?: O,
): Promise<Result<StartRecoveryOperation, O>> {
  const apiMethod = "backups.startRecovery";
  const { backupId, computeInstanceId } = stringParams(apiMethod, params, ["backupId", "computeInstanceId"]);
  return call(core, { apiMethod, response: responseOfStartRecovery, startsWork: true }, options, (init, header) =>
    core.raw.POST("/backup/v1/backups/{backupId}:startRecovery", {
      ...init,
      params: { path: { backupId }, header },
      body: { computeInstanceId },
    }),
  );
}

/** Starts deleting a backup: `client.backups.delete` on a core. */
export async function backupsDelete<O extends MutationOptions = MutationOptions>(
  core: BackupCore,
  params: DeleteBackupInput,
  options?: O,
): Promise<Result<DeleteBackupOperation, O>> {
  const apiMethod = "backups.delete";
  const { computeInstanceId, backupId } = stringParams(apiMethod, params, ["computeInstanceId", "backupId"]);
  return call(core, { apiMethod, response: responseOfDelete, startsWork: true }, options, (init, header) =>
    core.raw.DELETE("/backup/v1/backups/{computeInstanceId}/{backupId}", {
      ...init,
      params: { path: { computeInstanceId, backupId }, header },
    }),
  );
}

/** `client.backups`: every function of the resource on one core. */
export function backupsApi(core: BackupCore): BackupsApi {
  return {
    get: (params, options) => backupsGet(core, params, options),
    list: (params, options) => backupsList(core, params, options),
    listAll: (params, options) => backupsListAll(core, params, options),
    listArchives: (params, options) => backupsListArchives(core, params, options),
    listFiles: (params, options) => backupsListFiles(core, params, options),
    startRecovery: (params, options) => backupsStartRecovery(core, params, options),
    delete: (params, options) => backupsDelete(core, params, options),
  };
}
