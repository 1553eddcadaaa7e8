import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { BACKUP, json, scriptedServer, status } from "../support/server.js";

// The published files, not the sources: both module formats must work on their own.
const require = createRequire(import.meta.url);
let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe.each([
  ["CommonJS (require)", async () => require("../../dist/index.cjs")],
  ["ESM (import)", async () => import("../../dist/index.js")],
])("the %s build", (_name, load) => {
  it("makes calls, retries and throws its typed errors", async () => {
    const m = await load();
    const s = await scriptedServer([json(503, status(14, "down")), json(200, BACKUP), json(404, status(5, "gone"))]);
    close = s.close;
    const client = m.createBackupClient({ iamToken: "t", baseUrl: s.url, retry: { baseDelayMs: 1 } });
    expect(await client.backups.get({ backupId: "b", folderId: "f" })).toEqual(BACKUP);
    const err = await client.backups.get({ backupId: "b", folderId: "f" }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(m.BackupApiError);
    expect(err.name).toBe("BackupApiError");
    expect(typeof client.raw.GET).toBe("function");
  });
});
