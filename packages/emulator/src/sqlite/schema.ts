// The file's layout: one table of JSON records keyed by kind and id, and a table of facts about the file.
// SCHEMA_VERSION changes when this layout or the records' shape changes; an older file is refused with a
// message that says what to do (there is no older layout to migrate from yet).
import { STATE_VERSION } from "../state/store.js";

// 2: policies with their settings, and activated providers (state version 2).
// 3: resources and policy applications (state version 3).
// 4: backups and archives added by executePolicy, and the backups' sequence counter kept in meta (state version 4).
// 5: tasks (kind "tasks", id the task's number) and the task counter kept in meta; registration tokens, and
//    instances written when an agent registers one; the time schedules have run up to, kept in meta (state
//    version 5). Still 5, unreleased: an Idempotency-Key's record carries its first use (`firstUsedAtMs`);
//    expired keys and operations and tasks beyond the bound are deleted as they go.
export const SCHEMA_VERSION = 5;

export const CREATE_TABLES = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, id)
  ) WITHOUT ROWID;
`;

/** The kinds of record, each an array of the state (idempotency keys are a map: their key is the id). */
export const RECORD_KINDS = [
  "folders",
  "instances",
  "policies",
  "providers",
  "resources",
  "applications",
  "archives",
  "backups",
  "operations",
  "tasks",
  "idempotencyKeys",
  "registrationTokens",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const META_KEYS = {
  schemaVersion: "schemaVersion",
  stateVersion: "stateVersion",
  pageTokenSecret: "pageTokenSecret",
  nextSeq: "nextSeq",
  nextTaskSeq: "nextTaskSeq",
  schedulesRunUpTo: "schedulesRunUpTo",
} as const;

export { STATE_VERSION };
