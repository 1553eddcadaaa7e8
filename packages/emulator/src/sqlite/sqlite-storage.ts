// The emulator's state in a SQLite file (better-sqlite3, an optional peer dependency). The working set stays
// in memory, indexed as usual; each commit writes what changed in one transaction, synchronously, before the
// answer leaves, so a process killed right after an answer has lost nothing it acknowledged.
import type { Database } from "better-sqlite3";
import { createRequire } from "node:module";
import type { EmulatorState } from "../state/model.js";
import type { EmulatorStorage } from "../state/storage.js";
import { activationKey, applicationKey, hasChanges, MemoryStore } from "../state/store.js";
import { CREATE_TABLES, META_KEYS, RECORD_KINDS, SCHEMA_VERSION, STATE_VERSION, type RecordKind } from "./schema.js";

type DatabaseConstructor = typeof import("better-sqlite3");

/** better-sqlite3 is loaded only here, when a file is asked for: without it, the rest of the emulator works. */
function loadBetterSqlite(): DatabaseConstructor {
  try {
    return createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;
  } catch (error) {
    throw new Error(
      `Persistence needs the optional peer dependency better-sqlite3 12.x (npm install better-sqlite3@12; it builds a native module). ` +
        `Without it, run the emulator without a data file. (${(error as Error).message})`,
    );
  }
}

function idOf(kind: RecordKind, record: any): string {
  if (kind === "archives") return record.archive.id;
  if (kind === "backups") return record.backup.id;
  if (kind === "operations") return record.operation.id;
  if (kind === "tasks") return record.task.id;
  if (kind === "providers") return activationKey(record);
  if (kind === "resources") return record.resource.computeInstanceId;
  if (kind === "applications") return applicationKey(record);
  if (kind === "registrationTokens") return record.token;
  return record.id;
}

class SqliteStore extends MemoryStore {
  constructor(
    state: EmulatorState,
    private readonly database: Database,
  ) {
    super(state);
  }

  override commit(): void {
    if (!hasChanges(this.changes)) return;
    const {
      backups,
      archives,
      nextSeq,
      removedBackupIds,
      operations,
      removedOperationIds,
      idempotencyKeys,
      removedIdempotencyKeys,
      policies,
      removedPolicyIds,
      providers,
      resources,
      removedResourceIds,
      applications,
      removedApplicationKeys,
      tasks,
      removedTaskIds,
      nextTaskSeq,
      instances,
      registrationTokens,
      schedulesRunUpTo,
    } = this.changes;
    const upsert = this.database.prepare("INSERT OR REPLACE INTO records (kind, id, body) VALUES (?, ?, ?)");
    const remove = this.database.prepare("DELETE FROM records WHERE kind = ? AND id = ?");
    this.database.transaction(() => {
      for (const record of backups) upsert.run("backups", record.backup.id, JSON.stringify(record));
      for (const id of removedBackupIds) remove.run("backups", id);
      for (const record of archives) upsert.run("archives", record.archive.id, JSON.stringify(record));
      if (nextSeq)
        this.database
          .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
          .run(META_KEYS.nextSeq, String(this.nextSeq));
      if (schedulesRunUpTo)
        this.database
          .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
          .run(META_KEYS.schedulesRunUpTo, String(this.schedulesRunUpTo));
      for (const record of operations) upsert.run("operations", record.operation.id, JSON.stringify(record));
      for (const id of removedOperationIds) remove.run("operations", id);
      for (const record of tasks) upsert.run("tasks", record.task.id, JSON.stringify(record));
      for (const id of removedTaskIds) remove.run("tasks", id);
      if (nextTaskSeq)
        this.database
          .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
          .run(META_KEYS.nextTaskSeq, String(this.nextTaskSeq));
      for (const policy of policies) upsert.run("policies", policy.id, JSON.stringify(policy));
      for (const id of removedPolicyIds) remove.run("policies", id);
      for (const activation of providers)
        upsert.run("providers", activationKey(activation), JSON.stringify(activation));
      for (const record of resources)
        upsert.run("resources", record.resource.computeInstanceId, JSON.stringify(record));
      for (const id of removedResourceIds) remove.run("resources", id);
      for (const application of applications)
        upsert.run("applications", applicationKey(application), JSON.stringify(application));
      for (const key of removedApplicationKeys) remove.run("applications", key);
      for (const instance of instances) upsert.run("instances", instance.id, JSON.stringify(instance));
      for (const token of registrationTokens) upsert.run("registrationTokens", token.token, JSON.stringify(token));
      for (const key of idempotencyKeys)
        upsert.run("idempotencyKeys", key, JSON.stringify(this.idempotencyKeys.get(key)));
      for (const key of removedIdempotencyKeys) remove.run("idempotencyKeys", key);
    })();
    super.commit();
  }
}

function readMeta(database: Database): Map<string, string> {
  const rows = database.prepare("SELECT key, value FROM meta").all() as Array<{ key: string; value: string }>;
  return new Map(rows.map((row) => [row.key, row.value]));
}

function checkVersions(meta: Map<string, string>, path: string): void {
  const schemaVersion = meta.get(META_KEYS.schemaVersion);
  const stateVersion = meta.get(META_KEYS.stateVersion);
  if (schemaVersion !== String(SCHEMA_VERSION) || stateVersion !== String(STATE_VERSION)) {
    throw new Error(
      `${path} holds emulator data of schema version ${schemaVersion ?? "unknown"} (state version ${stateVersion ?? "unknown"}); ` +
        `this emulator reads schema version ${SCHEMA_VERSION} (state version ${STATE_VERSION}). ` +
        `Delete the file to start again from the seed, or open it with the emulator version that wrote it.`,
    );
  }
}

/**
 * A storage in the SQLite file at `path` (created if missing). Give it to `createEmulator({ storage })`; the bin
 * takes `--data <file>` or `EMULATOR_DATA`.
 */
export function openSqliteStorage(path: string): EmulatorStorage {
  if (typeof path !== "string" || path === "") throw new TypeError("openSqliteStorage: path must be a file path");
  const Sqlite = loadBetterSqlite();
  let database: Database;
  try {
    database = new Sqlite(path);
    // WAL with synchronous=NORMAL: a commit survives the process being killed (not a power cut).
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.exec(CREATE_TABLES);
  } catch (error) {
    throw new Error(`${path} is not an emulator data file: ${(error as Error).message}`);
  }

  const writeWhole = database.transaction((state: EmulatorState) => {
    database.exec("DELETE FROM records; DELETE FROM meta;");
    const meta = database.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    meta.run(META_KEYS.schemaVersion, String(SCHEMA_VERSION));
    meta.run(META_KEYS.stateVersion, String(state.version));
    meta.run(META_KEYS.pageTokenSecret, state.pageTokenSecret);
    meta.run(META_KEYS.nextSeq, String(state.nextSeq));
    meta.run(META_KEYS.nextTaskSeq, String(state.nextTaskSeq));
    if (state.schedulesRunUpTo !== null)
      meta.run(META_KEYS.schedulesRunUpTo, String(Date.parse(state.schedulesRunUpTo)));
    const insert = database.prepare("INSERT INTO records (kind, id, body) VALUES (?, ?, ?)");
    for (const kind of RECORD_KINDS) {
      if (kind === "idempotencyKeys") {
        for (const [key, record] of Object.entries(state.idempotencyKeys))
          insert.run(kind, key, JSON.stringify(record));
      } else {
        for (const record of state[kind]) insert.run(kind, idOf(kind, record), JSON.stringify(record));
      }
    }
  });

  return {
    location: path,
    load() {
      const meta = readMeta(database);
      if (meta.size === 0) return undefined;
      checkVersions(meta, path);
      const state: EmulatorState = {
        version: STATE_VERSION,
        pageTokenSecret: meta.get(META_KEYS.pageTokenSecret)!,
        nextSeq: Number(meta.get(META_KEYS.nextSeq)),
        nextTaskSeq: Number(meta.get(META_KEYS.nextTaskSeq)),
        folders: [],
        instances: [],
        policies: [],
        providers: [],
        resources: [],
        applications: [],
        archives: [],
        backups: [],
        operations: [],
        tasks: [],
        idempotencyKeys: {},
        registrationTokens: [],
        schedulesRunUpTo: meta.has(META_KEYS.schedulesRunUpTo)
          ? new Date(Number(meta.get(META_KEYS.schedulesRunUpTo))).toISOString()
          : null,
      };
      const rows = database.prepare("SELECT kind, id, body FROM records").all() as Array<{
        kind: RecordKind;
        id: string;
        body: string;
      }>;
      for (const row of rows) {
        if (row.kind === "idempotencyKeys") state.idempotencyKeys[row.id] = JSON.parse(row.body);
        else (state[row.kind] as unknown[]).push(JSON.parse(row.body));
      }
      return state;
    },
    open(state, replace) {
      // The store checks the state first: a bad one is refused before it replaces what the file holds.
      const store = new SqliteStore(state, database);
      if (replace) writeWhole(state);
      return store;
    },
    close() {
      if (database.open) database.close();
    },
  };
}
