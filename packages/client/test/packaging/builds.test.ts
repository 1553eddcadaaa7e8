import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BACKUP, fakeApi, json, status } from "../support/fake-api.js";

// The published files, not the sources: both module formats must work on their own.
const require = createRequire(import.meta.url);

describe.each([
  ["CommonJS (require)", async () => require("../../dist/index.cjs")],
  ["ESM (import)", async () => import("../../dist/index.js")],
])("the %s build", (_name, load) => {
  it("makes calls, retries, fills defaults and throws its typed errors", async () => {
    const built = await load();
    const api = fakeApi([json(503, status(14, "down")), json(200, BACKUP), json(404, status(5, "gone"))]);
    const client = built.createBackupClient({
      iamToken: "t",
      baseUrl: "https://api.test",
      fetch: api.fetch,
      retry: { baseDelayMs: 1 },
    });
    expect(await client.backups.get({ backupId: "b", folderId: "f" })).toMatchObject({ ...BACKUP, deleted: false });
    const error = await client.backups.get({ backupId: "b", folderId: "f" }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(built.BackupApiError);
    expect(error.name).toBe("BackupApiError");
    expect(typeof client.raw.GET).toBe("function");
    expect(Object.keys(built.REGIONS).length).toBeGreaterThan(1);
  });
});
