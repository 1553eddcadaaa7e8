import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateSeed } from "../../src/seed/generate-seed.js";
import { openSqliteStorage } from "../../src/sqlite.js";
import type { EmulatorStorage } from "../../src/state/storage.js";
import { describeStore } from "./store-suite.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-sqlite-"));
const opened: EmulatorStorage[] = [];
afterAll(() => {
  for (const storage of opened) storage.close();
  rmSync(directory, { recursive: true, force: true });
});

function storageAt(path: string): EmulatorStorage {
  const storage = openSqliteStorage(path);
  opened.push(storage);
  return storage;
}

let fileNumber = 0;
describeStore("sqlite", (state) => {
  const path = join(directory, `store-${++fileNumber}.sqlite`);
  return {
    store: storageAt(path).open(structuredClone(state), true),
    reopen: () => {
      const storage = storageAt(path);
      const saved = storage.load();
      return saved ? storage.open(saved, false) : undefined;
    },
  };
});

describe("sqlite storage files", () => {
  it("a new file holds nothing until a state is opened on it", () => {
    expect(storageAt(join(directory, "new.sqlite")).load()).toBeUndefined();
  });

  it("a state the store refuses does not replace what the file holds", () => {
    const path = join(directory, "kept.sqlite");
    const state = generateSeed({ backups: 10 });
    storageAt(path).open(structuredClone(state), true);
    const bad = { ...structuredClone(state), schedulesRunUpTo: "not a time" };
    expect(() => storageAt(path).open(bad, true)).toThrow(/schedulesRunUpTo must be an RFC 3339 time or null/);
    const loaded = storageAt(path).load()!;
    expect(loaded.schedulesRunUpTo).toBeNull();
    expect(loaded.backups.map((record) => record.backup.id).sort()).toEqual(
      state.backups.map((record) => record.backup.id).sort(),
    );
  });

  it("refuses a file of another schema version, saying what to do", () => {
    const path = join(directory, "old.sqlite");
    const database = new Sqlite(path);
    database.exec(
      "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schemaVersion', '0'), ('stateVersion', '1');",
    );
    database.close();
    expect(() => storageAt(path).load()).toThrow(
      /schema version 0 .* reads schema version 5 .* Delete the file to start again from the seed/,
    );
  });

  it.each([
    ["1", "before policies and providers"],
    ["2", "before resources and applications"],
    ["3", "before executed backups"],
    ["4", "before stored tasks, registration tokens and the schedules' watermark"],
  ])("refuses a file of schema version %s (%s), with the same message", (version) => {
    const path = join(directory, `v${version}.sqlite`);
    const database = new Sqlite(path);
    database.exec(
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schemaVersion', '${version}'), ('stateVersion', '${version}');`,
    );
    database.close();
    expect(() => storageAt(path).load()).toThrow(
      new RegExp(
        `schema version ${version} \\(state version ${version}\\); this emulator reads schema version 5 \\(state version 5\\)\\. Delete the file`,
      ),
    );
  });

  it("refuses a file that is not SQLite", () => {
    const path = join(directory, "junk.sqlite");
    writeFileSync(path, "this is not a database, just text that is long enough to fill a header. ".repeat(20));
    expect(() => openSqliteStorage(path)).toThrow(/is not an emulator data file/);
  });
});
