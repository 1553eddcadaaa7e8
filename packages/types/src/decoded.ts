/**
 * The **decoded** view of the Cloud Backup API types: what `@backup-api/client` returns.
 *
 * proto3 JSON leaves a scalar or list field at its default out of an answer; the client fills it back in, so
 * here those fields are always present: `Backup["id"]` is `string`, `Backup["size"]` is `string` (`"0"` when the
 * server left it out), `ListBackupsResponse["backups"]` is `Backup[]`. Message-typed fields have presence in
 * proto3 and stay optional: timestamps (`Backup["createdAt"]` is `string | undefined`), objects
 * (`Backup["attributes"]`), `Operation`'s `metadata`, `response` and `error`.
 *
 * Which field is which comes from the spec (see `@backup-api/spec-walker`'s proto3 rule); the wire view is the
 * package's main entry, `@backup-api/types`.
 */
import type { components, operations } from "./generated/decoded.js";
import type { OperationId } from "./index.js";

export type * from "./generated/decoded-names.js";

/** The decoded view's components and operations (openapi-typescript's shapes, defaults filled in). */
export type DecodedComponents = components;
export type DecodedOperations = operations;

/** The decoded body of an operation's 200 answer: `DecodedResponse<"get">` is a `Backup`. */
export type DecodedResponse<K extends OperationId> = operations[K]["responses"][200]["content"]["application/json"];

/** One wrong field of a `google.rpc.BadRequest` detail. */
export type FieldViolation = components["schemas"]["BadRequest"]["fieldViolations"][number];
