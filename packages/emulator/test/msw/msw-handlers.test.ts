// MSW intercepts the client's own fetch: no server, no port. The default handlers catch the spec's hosts.
import { createBackupClient } from "@backup-api/client";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { createEmulatorHandlers } from "../../src/msw.js";

const emulator = createEmulator({ operations: { recovery: { completeAfterPolls: 2 } } });
const server = setupServer(
  ...createEmulatorHandlers(emulator),
  ...createEmulatorHandlers(emulator, { baseUrls: ["http://my-emulator.test"] }),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("MSW handlers", () => {
  it("serve the real hosts of both regions to a client with no baseUrl", async () => {
    const folderId = emulator.describe().folders.find((folder) => !folder.forbidden)!.id;
    for (const region of ["ru", "kz"] as const) {
      const client = createBackupClient({ iamToken: "t", region });
      const page = await client.backups.list({ folderId, pageSize: 2 });
      expect(page.backups).toHaveLength(2);
    }
  });

  it("serve a recovery through to done, polled on the operations host", async () => {
    const client = createBackupClient({ iamToken: "t" });
    const folderId = emulator.describe().folders.find((folder) => !folder.forbidden)!.id;
    const instance = emulator
      .describe()
      .instances.find(
        (candidate) => candidate.folderId === folderId && candidate.kind === "COMPUTE" && candidate.backups > 0,
      )!;
    const page = await client.backups.list({ computeInstanceId: instance.id, pageSize: 1 });
    const operation = await client.backups.startRecovery({
      backupId: page.backups[0]!.id,
      computeInstanceId: instance.id,
    });
    const done = await client.operations.wait(operation, { pollIntervalMs: 1 });
    expect(done.done).toBe(true);
  });

  it("serve another base URL when asked", async () => {
    const response = await fetch("http://my-emulator.test/operations/cdgnothing", {
      headers: { authorization: "Bearer t" },
    });
    expect(response.status).toBe(404);
  });

  it("turn a reset fault into a network error", async () => {
    emulator.faults.add({ reset: true, times: 1 });
    await expect(
      fetch("https://backup.api.cloud.yandex.net/backup/v1/backups?folderId=b1g", {
        headers: { authorization: "Bearer t" },
      }),
    ).rejects.toThrow(TypeError);
  });
});
