// The Backup resource: each method calls openapi-fetch's typed GET/POST/DELETE on the spec's path, with the
// parameter names the generated types allow, so tsc checks routes and names.
import type { operations } from "@backup-api/types";
import type {
  Backup,
  DeleteBackupOperation,
  ListArchivesResponse,
  ListBackupsResponse,
  ListFilesResponse,
  StartRecoveryOperation,
} from "@backup-api/types/decoded";
import {
  deleteResponseDefaults,
  getResponseDefaults,
  listResponseDefaults,
  listArchivesResponseDefaults,
  listFilesResponseDefaults,
  startRecoveryResponseDefaults,
} from "../generated/proto3-defaults.js";
import { call, type Context } from "../internal/call.js";
import { stringParams } from "../internal/checks.js";
import { listQuery, type ListAllBackupsInput, type ListBackupsInput } from "./list-selector.js";
import type { CallOptions, MutationOptions, Result } from "./options.js";
import { listAllBackups } from "./pagination.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** One kind of an operation's parameters, or nothing when it has none. */
type ParameterPart<T> = [NonNullable<T>] extends [never] ? unknown : NonNullable<T>;
/** An operation's path and query parameters, as one flat object of the spec's names. */
type FlatParams<K extends keyof operations> = Simplify<
  ParameterPart<operations[K]["parameters"]["path"]> & ParameterPart<operations[K]["parameters"]["query"]>
>;

/**
 * An operation's query, as the spec declares it. Written after a query literal (`satisfies Query<"get">`) it
 * makes tsc reject a misspelt optional parameter too, which openapi-fetch's inferred options would let through.
 */
type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;

export type GetBackupInput = FlatParams<"get">;
export type ListArchivesInput = FlatParams<"listArchives">;
export type ListFilesInput = FlatParams<"listFiles">;
export type StartRecoveryInput = Simplify<
  FlatParams<"startRecovery"> & operations["startRecovery"]["requestBody"]["content"]["application/json"]
>;
export type DeleteBackupInput = FlatParams<"delete">;

/** The Backup resource. Every method takes its parameters, then optional `CallOptions`. */
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

export function backupsApi(context: Context): BackupsApi {
  const { raw } = context;

  const listPage = <O extends CallOptions>(query: operations["list"]["parameters"]["query"], options: O | undefined) =>
    call(context, { apiMethod: "backups.list", response: listResponseDefaults }, options, (init, header) =>
      raw.GET("/backup/v1/backups", { ...init, params: { query, header } }),
    );

  return {
    // async: a wrong argument rejects the returned promise rather than throwing where the call is made
    async get(params, options) {
      const apiMethod = "backups.get";
      const { backupId, folderId } = stringParams(apiMethod, params, ["backupId", "folderId"]);
      return call(context, { apiMethod, response: getResponseDefaults }, options, (init, header) =>
        raw.GET("/backup/v1/backups/{backupId}", {
          ...init,
          params: { path: { backupId }, query: { folderId } satisfies Query<"get">, header },
        }),
      );
    },

    async list(params, options) {
      return listPage(listQuery("backups.list", params).query, options);
    },

    listAll(params, options) {
      // checked now, not at the first page: a wrong call fails where it is made
      const { query, paginated } = listQuery("backups.listAll", params);
      return listAllBackups(query, paginated, (pageQuery) => listPage(pageQuery, { ...options, withResponse: true }));
    },

    async listArchives(params, options) {
      const apiMethod = "backups.listArchives";
      const { computeInstanceId, folderId } = stringParams(apiMethod, params, ["computeInstanceId"], ["folderId"]);
      return call(context, { apiMethod, response: listArchivesResponseDefaults }, options, (init, header) =>
        raw.GET("/backup/v1/backups/{computeInstanceId}/archives", {
          ...init,
          params: { path: { computeInstanceId }, query: { folderId } satisfies Query<"listArchives">, header },
        }),
      );
    },

    async listFiles(params, options) {
      const apiMethod = "backups.listFiles";
      const { backupId, folderId, sourceId } = stringParams(apiMethod, params, ["backupId", "folderId"], ["sourceId"]);
      return call(context, { apiMethod, response: listFilesResponseDefaults }, options, (init, header) =>
        raw.GET("/backup/v1/backups/{backupId}/files", {
          ...init,
          params: { path: { backupId }, query: { folderId, sourceId } satisfies Query<"listFiles">, header },
        }),
      );
    },

    async startRecovery(params, options) {
      const apiMethod = "backups.startRecovery";
      const { backupId, computeInstanceId } = stringParams(apiMethod, params, ["backupId", "computeInstanceId"]);
      return call(
        context,
        { apiMethod, response: startRecoveryResponseDefaults, startsWork: true },
        options,
        (init, header) =>
          raw.POST("/backup/v1/backups/{backupId}:startRecovery", {
            ...init,
            params: { path: { backupId }, header },
            body: { computeInstanceId },
          }),
      );
    },

    async delete(params, options) {
      const apiMethod = "backups.delete";
      const { computeInstanceId, backupId } = stringParams(apiMethod, params, ["computeInstanceId", "backupId"]);
      return call(context, { apiMethod, response: deleteResponseDefaults, startsWork: true }, options, (init, header) =>
        raw.DELETE("/backup/v1/backups/{computeInstanceId}/{backupId}", {
          ...init,
          params: { path: { computeInstanceId, backupId }, header },
        }),
      );
    },
  };
}
