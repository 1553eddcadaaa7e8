/**
 * The Cloud Backup API types generated from the OpenAPI spec, as the server sends them (the **wire** view):
 * every response field optional, since proto3 JSON leaves a field at its default out of an answer. This is
 * what `client.raw` (openapi-fetch) returns, and what a server or an emulator builds.
 *
 * What `@backup-api/client` returns, with those defaults filled in, is the **decoded** view:
 * `@backup-api/types/decoded`, which the client re-exports under the same friendly names.
 *
 * Types only: importing this package adds no code to a bundle.
 */
import type { components, operations } from "./generated/openapi.js";

export type * from "./generated/wire-names.js";
export type { components, operations, paths } from "./generated/openapi.js";

/** The wire schemas by name: `Wire["Backup"]` is `Backup` as the server sends it. */
export type Wire = components["schemas"];

// ── Per-operation parameters and responses ───────────────────────────────────────────────────────────────
type Params<K extends keyof operations> = operations[K]["parameters"];
type Ok<K extends keyof operations> = operations[K]["responses"][200]["content"]["application/json"];

/** Query of `GET /backup/v1/backups`: the seven selectors as flat dotted names, plus paging and filters. */
export type ListBackupsQuery = NonNullable<Params<"list">["query"]>;
export type ListBackupsParams = Params<"list">;
export type GetBackupParams = Params<"get">;
export type GetBackupResponse = Ok<"get">;
export type ListFilesParams = Params<"listFiles">;
export type ListArchivesParams = Params<"listArchives">;
export type StartRecoveryParams = Params<"startRecovery">;
export type StartRecoveryResponse = Ok<"startRecovery">;
export type DeleteBackupParams = Params<"delete">;
export type DeleteBackupResponse = Ok<"delete">;
export type GetOperationParams = Params<"getOperation">;
export type GetOperationResponse = Ok<"getOperation">;
export type ListBackupsResponseBody = Ok<"list">;
export type ListFilesResponseBody = Ok<"listFiles">;
export type ListArchivesResponseBody = Ok<"listArchives">;

/** Every operationId of the API. */
export type OperationId = keyof operations;
