// @backup-api/emulator/sqlite: keep the emulator's state in a SQLite file across restarts (Node only; needs the
// optional peer dependency better-sqlite3 12.x).
export { openSqliteStorage } from "./sqlite/sqlite-storage.js";
export { SCHEMA_VERSION } from "./sqlite/schema.js";
