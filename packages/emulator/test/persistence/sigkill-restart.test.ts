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
import { createPolicyBody, DEFAULT_SEED_FOLDER_ID } from "../support/policies.js";
import { seeded } from "../support/seeded.js";

const bin = fileURLToPath(new URL("../../bin/backup-api-emulator.cjs", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "emulator-sigkill-"));
let files = 0;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

/**
 * Starts the bin on a free port and resolves with its URL once it says it listens; `signal` (the test's, aborted
 * when it times out) kills one that never does.
 */
async function start(dataFile: string, signal: AbortSignal): Promise<{ child: ChildProcess; url: string }> {
  const { child, url } = await spawnServer({
    command: process.execPath,
    args: [bin, "--port", "0", "--data", dataFile, "--complete-after-polls", "3"],
    urlPattern: /Backup API emulator on (http:\/\/\S+)/,
    signal,
  });
  children.push(child);
  return { child, url };
}

/** A new SQLite file for one test. */
const newDataFile = () => join(directory, `state-${++files}.sqlite`);

/** Kills the process at once: whatever it acknowledged must already be on disk. */
async function killHard(child: ChildProcess): Promise<void> {
  child.kill("SIGKILL");
  await once(child, "exit");
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
    const dataFile = newDataFile();
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

    const first = await start(dataFile, signal);
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
    await killHard(first.child);

    const second = await start(dataFile, signal);
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
    const third = await start(dataFile, signal);
    expect(
      (await call(third.url, "GET", `/backup/v1/backups/${deleted.id}?folderId=${readableFolder.id}`)).status,
    ).toBe(404);
    third.child.kill("SIGTERM");
    await once(third.child, "exit");
  });

  it("keeps a policy created, an application made, one being made and an execution in flight", async ({ signal }) => {
    const dataFile = newDataFile();
    const { state, backupless } = seeded(createEmulator());
    const weekly = state.policies.find(
      (policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID && policy.name === "Default weekly",
    )!;
    const poll = (url: string, id: string) => call(url, "GET", `/operations/${id}`);
    const pollToEnd = async (url: string, id: string) => {
      for (let polls = 0; polls < 3; polls++) await poll(url, id);
    };
    const applications = async (url: string, policyId: string) =>
      (await call(url, "GET", `/backup/v1/policies/${policyId}/applications?showProcessing=true`)).body.applications ??
      [];

    const first = await start(dataFile, signal);
    const creation = await call(first.url, "POST", "/backup/v1/policies", {
      body: { ...createPolicyBody(), name: "survives a crash" },
      key: "7e1f6a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
    });
    await pollToEnd(first.url, creation.body.id);
    const policyId = creation.body.metadata.policyId;
    const apply = await call(first.url, "POST", `/backup/v1/policies/${policyId}:apply`, {
      body: { computeInstanceId: backupless.id },
    });
    await pollToEnd(first.url, apply.body.id);
    const execution = await call(first.url, "POST", `/backup/v1/policies/${policyId}:execute`, {
      body: { computeInstanceId: backupless.id },
    });
    expect(execution.status, JSON.stringify(execution.body)).toBe(200);
    expect((await poll(first.url, execution.body.id)).body.metadata.progressPercentage).toBe(33);
    const applying = await call(first.url, "POST", `/backup/v1/policies/${weekly.id}:apply`, {
      body: { computeInstanceId: backupless.id },
    });
    expect(await applications(first.url, weekly.id)).toContainEqual(
      expect.objectContaining({ computeInstanceId: backupless.id, isProcessing: true }),
    );
    await killHard(first.child);

    const second = await start(dataFile, signal);
    const policy = await call(second.url, "GET", `/backup/v1/policies/${policyId}`);
    expect(policy.body).toMatchObject({ id: policyId, name: "survives a crash", folderId: DEFAULT_SEED_FOLDER_ID });
    expect(await applications(second.url, policyId)).toEqual([
      expect.objectContaining({ computeInstanceId: backupless.id, status: "OK" }),
    ]);
    // The resource is still being backed up; the execution resumes from its first poll and lands its backup.
    const resource = await call(second.url, "GET", `/backup/v1/resources/${backupless.id}`);
    expect(resource.body.resource.status).toBe("BACKUPING");
    expect((await poll(second.url, execution.body.id)).body.metadata.progressPercentage).toBe(66);
    expect((await poll(second.url, execution.body.id)).body.done).toBe(true);
    const backups = await call(second.url, "GET", `/backup/v1/backups?computeInstanceId=${backupless.id}`);
    expect(backups.body.backups).toEqual([expect.objectContaining({ policyId, type: "FULL" })]);
    // The application being made is still processing, then lands.
    expect(await applications(second.url, weekly.id)).toContainEqual(
      expect.objectContaining({ computeInstanceId: backupless.id, isProcessing: true }),
    );
    await pollToEnd(second.url, applying.body.id);
    expect(await applications(second.url, weekly.id)).toContainEqual(
      expect.objectContaining({ computeInstanceId: backupless.id, status: "OK" }),
    );
    // The Idempotency-Key of the creation still names its operation, and creates no second policy.
    const repeated = await call(second.url, "POST", "/backup/v1/policies", {
      body: { ...createPolicyBody(), name: "survives a crash" },
      key: "7e1f6a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
    });
    expect(repeated.body.id).toBe(creation.body.id);
    await killHard(second.child);
  });
});
