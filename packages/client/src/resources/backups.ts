import type {
  Backup,
  DeleteBackupOperation,
  ListArchivesResponse,
  ListBackupsResponse,
  ListFilesResponse,
  StartRecoveryOperation,
} from "@backup-api/types";
import { pages } from "../pagination/list-all.js";
import { call } from "../pipeline/call.js";
import type { Context } from "../pipeline/context.js";
import type { CallOptions, MutationOptions, Result } from "../pipeline/options.js";
import { listQuery, type ListAllBackupsInput, type ListBackupsInput } from "../selectors/list-selector.js";
import { route } from "./route.js";

/** The Backup resource. Every method takes its parameters, then optional `CallOptions`. */
export interface BackupsApi {
  /** One backup. */
  get<O extends CallOptions = CallOptions>(
    params: { backupId: string; folderId: string },
    options?: O,
  ): Promise<Result<Backup, O>>;
  /** One page of backups, picked by exactly one selector. */
  list<O extends CallOptions = CallOptions>(params: ListBackupsInput, options?: O): Promise<Result<ListBackupsResponse, O>>;
  /** Every backup the selector matches, fetching pages lazily as the loop consumes them. */
  listAll(params: ListAllBackupsInput, options?: Omit<CallOptions, "withResponse">): AsyncIterableIterator<Backup>;
  /** The archives of an instance (not paginated). */
  listArchives<O extends CallOptions = CallOptions>(
    params: { computeInstanceId: string; folderId?: string },
    options?: O,
  ): Promise<Result<ListArchivesResponse, O>>;
  /** One level of a backup's file tree: its disks, or the children of `sourceId` (not paginated). */
  listFiles<O extends CallOptions = CallOptions>(
    params: { backupId: string; folderId: string; sourceId?: string },
    options?: O,
  ): Promise<Result<ListFilesResponse, O>>;
  /** Starts recovering a backup onto an instance; wait for the operation with `operations.wait`. */
  startRecovery<O extends MutationOptions = MutationOptions>(
    params: { backupId: string; computeInstanceId: string },
    options?: O,
  ): Promise<Result<StartRecoveryOperation, O>>;
  /** Starts deleting a backup; wait for the operation with `operations.wait`. */
  delete<O extends MutationOptions = MutationOptions>(
    params: { computeInstanceId: string; backupId: string },
    options?: O,
  ): Promise<Result<DeleteBackupOperation, O>>;
}

/** The spec's routes of the flat-parameter methods (see `route`); a test checks them against the spec. */
export const BACKUP_ROUTES = {
  get: "GET /backup/v1/backups/{backupId} folderId",
  listArchives: "GET /backup/v1/backups/{computeInstanceId}/archives folderId?",
  listFiles: "GET /backup/v1/backups/{backupId}/files folderId sourceId?",
  startRecovery: "POST /backup/v1/backups/{backupId}:startRecovery computeInstanceId",
  delete: "DELETE /backup/v1/backups/{computeInstanceId}/{backupId}",
};

export function backupsApi(c: Context): BackupsApi {
  const api: Record<string, unknown> = {};
  for (const [k, line] of Object.entries(BACKUP_ROUTES)) api[k] = route(c, `backups.${k}`, line);
  const list = (query: object, o?: CallOptions) => call(c, "backups.list", "GET", "/backup/v1/backups", { query }, o);
  api.list = async (p: ListBackupsInput, o?: CallOptions) => list(listQuery(p, "backups.list"), o);
  api.listAll = (p: ListAllBackupsInput, o?: CallOptions) =>
    pages(listQuery(p, "backups.listAll"), list as never, { ...o, withResponse: false });
  return api as unknown as BackupsApi;
}
