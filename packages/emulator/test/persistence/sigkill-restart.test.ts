// A real child process on a real SQLite file: acknowledged changes, SIGKILL right after the last answer, a
// restart on the same file, and everything is still there. Operations finish after 3 polls, so the test
// moves them by polling instead of waiting on a clock.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnServer } from "@backup-api/process-helpers";
import { afterAll, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { seeded } from "../support/seeded.js";

const bin = fileURLToPath(new URL("../../bin/backup-api-emulator.mjs", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "emulator-sigkill-"));
const dataFile = join(directory, "state.sqlite");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

/**
 * Starts the bin on a free port and resolves with its URL once it says it listens; `signal` (the test's, aborted
 * when it times out) kills one that never does.
 */
async function start(signal: AbortSignal): Promise<{ child: ChildProcess; url: string }> {
  const { child, url } = await spawnServer({
    command: process.execPath,
    args: [bin, "--port", "0", "--data", dataFile, "--complete-after-polls", "3"],
    urlPattern: /Backup API emulator on (http:\/\/\S+)/,
    signal,
  });
  children.push(child);
  return { child, url };
}

async function call(url: string, method: string, path: string, options: { body?: unknown; key?: string } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: "Bearer t",
      ...(options.body !== undefined && { "content-type": "application/json" }),
      ...(options.key && { "idempotency-key": options.key }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe("persistence across SIGKILL", () => {
  it("loses nothing that was acknowledged, and resumes operations where they were", async ({ signal }) => {
    const { computeBackup, liveBackups, readableFolder } = seeded(createEmulator());
    const others = liveBackups.filter(
      (record) =>
        record.resourceType === "COMPUTE" && record.backup.computeInstanceId !== computeBackup.backup.computeInstanceId,
    );
    const deleted = computeBackup.backup;
    const recovering = others[0]!.backup;
    const recovered = others.find((record) => record.backup.computeInstanceId !== recovering.computeInstanceId)!.backup;
    const deleteKey = "0b6c9a4e-1f2d-4e3c-8b7a-6d5e4f3a2b1c";
    const recoveryKey = "5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f";

    const first = await start(signal);
    const deletion = await call(first.url, "DELETE", `/backup/v1/backups/${deleted.computeInstanceId}/${deleted.id}`, {
      key: deleteKey,
    });
    expect(deletion.status).toBe(200);
    const recoveryRequest = { body: { computeInstanceId: recovering.computeInstanceId }, key: recoveryKey };
    const recovery = await call(
      first.url,
      "POST",
      `/backup/v1/backups/${recovering.id}:startRecovery`,
      recoveryRequest,
    );
    expect((await call(first.url, "GET", `/operations/${recovery.body.id}`)).body.metadata.progressPercentage).toBe(33);
    const finished = await call(first.url, "POST", `/backup/v1/backups/${recovered.id}:startRecovery`, {
      body: { computeInstanceId: recovered.computeInstanceId },
    });
    for (let poll = 0; poll < 3; poll++) await call(first.url, "GET", `/operations/${finished.body.id}`);
    const page = await call(first.url, "GET", `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=5`);
    // Killed right after the last answer: no chance to flush anything more.
    first.child.kill("SIGKILL");
    await once(first.child, "exit");

    const second = await start(signal);
    // The deletion is still running: the backup reads deleted, its operation is there and goes on.
    expect(
      (await call(second.url, "GET", `/backup/v1/backups/${deleted.id}?folderId=${readableFolder.id}`)).body.deleted,
    ).toBe(true);
    // The recovery resumes from its first poll: 66, then done.
    expect((await call(second.url, "GET", `/operations/${recovery.body.id}`)).body.metadata.progressPercentage).toBe(
      66,
    );
    // A finished operation is still readable.
    const done = await call(second.url, "GET", `/operations/${finished.body.id}`);
    expect(done.body).toMatchObject({ done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
    // A repeated Idempotency-Key still returns its Operation, and starts nothing.
    const repeated = await call(
      second.url,
      "POST",
      `/backup/v1/backups/${recovering.id}:startRecovery`,
      recoveryRequest,
    );
    expect(repeated.body.id).toBe(recovery.body.id);
    expect(
      (
        await call(second.url, "DELETE", `/backup/v1/backups/${deleted.computeInstanceId}/${deleted.id}`, {
          key: deleteKey,
        })
      ).body.id,
    ).toBe(deletion.body.id);
    // A page token issued before the crash still reads the next page.
    expect(
      (
        await call(
          second.url,
          "GET",
          `/backup/v1/backups?folderId=${readableFolder.id}&pageSize=5&pageToken=${page.body.nextPageToken}`,
        )
      ).status,
    ).toBe(200);
    // The deletion finishes on its third poll, and the backup is gone.
    for (let poll = 0; poll < 3; poll++) await call(second.url, "GET", `/operations/${deletion.body.id}`);
    expect(
      (await call(second.url, "GET", `/backup/v1/backups/${deleted.id}?folderId=${readableFolder.id}`)).status,
    ).toBe(404);
    const snapshot = await call(second.url, "GET", "/_emulator/snapshot");
    expect(snapshot.body.operations).toHaveLength(3);
    second.child.kill("SIGTERM");
    await once(second.child, "exit");

    // Once more, after a clean stop: the backup stays deleted.
    const third = await start(signal);
    expect(
      (await call(third.url, "GET", `/backup/v1/backups/${deleted.id}?folderId=${readableFolder.id}`)).status,
    ).toBe(404);
    third.child.kill("SIGTERM");
    await once(third.child, "exit");
  });
});
