import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

describe("startRecovery: an Operation that really runs", () => {
  it("progress only grows on the clock, then done with response google.protobuf.Empty", async () => {
    const target = testEmulator({ operations: { recovery: { durationMs: 10_000 } } });
    const { computeBackup } = seeded(target.emulator);
    const { status, body: started } = await target.json(
      "POST",
      `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`,
      {
        body: { computeInstanceId: computeBackup.backup.computeInstanceId },
      },
    );
    expect(status).toBe(200);
    expect(started.done).toBeUndefined(); // proto3: false is left out
    expect(started.metadata).toMatchObject({
      "@type": "type.googleapis.com/yandex.cloud.backup.v1.StartRecoveryMetadata",
      srcBackupId: computeBackup.backup.id,
      dstComputeInstanceId: computeBackup.backup.computeInstanceId,
    });
    const seen: number[] = [];
    for (let step = 0; step < 5; step++) {
      target.emulator.clock.advance(2_500);
      const { body } = await target.json("GET", `/operations/${started.id}`);
      seen.push(body.metadata.progressPercentage ?? 0);
      if (body.done) {
        expect(body.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
        expect(body.error).toBeUndefined();
        break;
      }
    }
    expect(seen).toEqual([25, 50, 75, 100]);
  });

  it("can finish after N polls instead of on the clock", async () => {
    const target = testEmulator({ operations: { recovery: { completeAfterPolls: 3 } } });
    const { computeBackup } = seeded(target.emulator);
    const { body: started } = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    const states = [];
    for (let poll = 0; poll < 3; poll++) states.push((await target.json("GET", `/operations/${started.id}`)).body);
    expect(states.map((state) => state.done ?? false)).toEqual([false, false, true]);
    expect(states.map((state) => state.metadata.progressPercentage)).toEqual([33, 66, 100]);
  });

  it("recovers onto another compatible instance", async () => {
    const target = testEmulator();
    const { computeBackup, backupless } = seeded(target.emulator);
    const { status } = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: backupless.id },
    });
    expect(status).toBe(200);
  });

  it("NOT_FOUND for an instance or a backup that does not exist, naming it", async () => {
    const target = testEmulator();
    const { computeBackup } = seeded(target.emulator);
    const noInstance = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: "fhmnosuchinstance000" },
    });
    expect(noInstance.status).toBe(404);
    expect(noInstance.body.message).toContain("fhmnosuchinstance000");
    const noBackup = await target.json("POST", `/backup/v1/backups/nosuchbackup:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    expect(noBackup.status).toBe(404);
    expect(noBackup.body.message).toContain("nosuchbackup");
  });

  it("FAILED_PRECONDITION for a VM backup onto a bare-metal server, and the reverse", async () => {
    const target = testEmulator();
    const { computeBackup, bmsBackup } = seeded(target.emulator);
    const vmOntoBms = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: bmsBackup.backup.computeInstanceId },
    });
    expect(vmOntoBms.status).toBe(400);
    expect(vmOntoBms.body.code).toBe(9);
    expect(vmOntoBms.body.message).toMatch(/COMPUTE .* BMS/);
    const bmsOntoVm = await target.json("POST", `/backup/v1/backups/${bmsBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: computeBackup.backup.computeInstanceId },
    });
    expect(bmsOntoVm.body.code).toBe(9);
  });

  it("ABORTED (409) while another recovery of the same instance runs; free again once it is done", async () => {
    const target = testEmulator({ operations: { recovery: { durationMs: 5_000 } } });
    const { computeBackup, liveBackups } = seeded(target.emulator);
    const instanceId = computeBackup.backup.computeInstanceId;
    const other = liveBackups.find(
      (record) => record.backup.computeInstanceId === instanceId && record !== computeBackup,
    )!;
    const first = await target.json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
      body: { computeInstanceId: instanceId },
    });
    const second = await target.json("POST", `/backup/v1/backups/${other.backup.id}:startRecovery`, {
      body: { computeInstanceId: instanceId },
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe(10);
    expect(second.body.message).toContain(first.body.id);
    target.emulator.clock.advance(5_000);
    const third = await target.json("POST", `/backup/v1/backups/${other.backup.id}:startRecovery`, {
      body: { computeInstanceId: instanceId },
    });
    expect(third.status).toBe(200);
  });

  it("404 for an unknown operation id", async () => {
    const target = testEmulator();
    const { status, body } = await target.json("GET", "/operations/cdgunknown");
    expect(status).toBe(404);
    expect(body.message).toContain("cdgunknown");
  });

  it("a running deletion of one of its backups does not block recovering another onto the instance", async () => {
    const target = testEmulator();
    const { computeBackup, liveBackups } = seeded(target.emulator);
    const instanceId = computeBackup.backup.computeInstanceId;
    const other = liveBackups.find(
      (record) => record.backup.computeInstanceId === instanceId && record !== computeBackup,
    )!;
    expect((await target.json("DELETE", `/backup/v1/backups/${instanceId}/${computeBackup.backup.id}`)).status).toBe(
      200,
    );
    const { status } = await target.json("POST", `/backup/v1/backups/${other.backup.id}:startRecovery`, {
      body: { computeInstanceId: instanceId },
    });
    expect(status).toBe(200);
  });
});
