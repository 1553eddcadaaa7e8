// An Idempotency-Key answers its first request's Operation for IDEMPOTENCY_KEY_LIFETIME_MS after its first use on
// the emulator's clock, not a millisecond less; from then on it is unknown and starts new work.
import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_KEY_LIFETIME_MS } from "../../src/kept-state/kept-state-rules.js";
import { replay } from "../../src/operations/idempotency.js";
import { generateSeed } from "../../src/seed/generate-seed.js";
import { MemoryStore } from "../../src/state/store.js";
import { testEmulator, type TestEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

const KEY = "7b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d";

function recoveryWithKey(target: TestEmulator) {
  const { computeBackup, backupless } = seeded(target.emulator);
  const url = `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`;
  return {
    send: (computeInstanceId = computeBackup.backup.computeInstanceId) =>
      target.json("POST", url, { body: { computeInstanceId }, headers: { "idempotency-key": KEY } }),
    otherTarget: backupless.id,
  };
}

describe("Idempotency-Key lifetime", () => {
  it("is 24 hours of the emulator's clock", () => {
    expect(IDEMPOTENCY_KEY_LIFETIME_MS).toBe(24 * 3_600_000);
  });

  it("answers the same Operation until the lifetime is up, then the same request starts new work", async () => {
    const target = testEmulator();
    const { send } = recoveryWithKey(target);
    const first = await send();
    expect(first.status).toBe(200);
    target.emulator.clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS - 1);
    const repeated = await send();
    expect(repeated.body.id).toBe(first.body.id);
    target.emulator.clock.advance(1);
    const afterExpiry = await send();
    expect(afterExpiry.status).toBe(200);
    expect(afterExpiry.body.id).not.toBe(first.body.id);
    // The key now belongs to the new work, from its own first use.
    expect((await send()).body.id).toBe(afterExpiry.body.id);
    expect(target.emulator.snapshot().idempotencyKeys[KEY]).toEqual({
      fingerprint: expect.any(String),
      operationId: afterExpiry.body.id,
      firstUsedAtMs: target.emulator.clock.now(),
    });
  });

  it("refuses another request with the key while it lives, and takes it once it expired", async () => {
    const target = testEmulator();
    const { send, otherTarget } = recoveryWithKey(target);
    await send();
    target.emulator.clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS - 1);
    expect((await send(otherTarget)).status).toBe(400);
    target.emulator.clock.advance(1);
    expect((await send(otherTarget)).status).toBe(200);
  });

  it("is forgotten from the state when the clock passes its end, without a request", async () => {
    const target = testEmulator();
    const { send } = recoveryWithKey(target);
    await send();
    target.emulator.clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS - 1);
    expect(Object.keys(target.emulator.snapshot().idempotencyKeys)).toEqual([KEY]);
    target.emulator.clock.advance(1);
    expect(target.emulator.snapshot().idempotencyKeys).toEqual({});
  });

  it("an expired key not dropped yet (a real clock moved on since the request was brought up to time) is unknown", () => {
    const store = new MemoryStore(generateSeed({ backups: 5 }));
    store.addOperation({
      operation: { id: "cdgkeylifetime000001", done: false },
      kind: "delete",
      backupId: "",
      computeInstanceId: "",
      startedAtMs: 0,
      durationMs: 1_000,
      pollsToFinish: undefined,
      polls: 0,
      failure: undefined,
    });
    store.rememberIdempotencyKey(KEY, { fingerprint: "f", operationId: "cdgkeylifetime000001", firstUsedAtMs: 0 });
    expect(replay(store, KEY, "f", IDEMPOTENCY_KEY_LIFETIME_MS - 1)?.operation.id).toBe("cdgkeylifetime000001");
    expect(replay(store, KEY, "f", IDEMPOTENCY_KEY_LIFETIME_MS)).toBeUndefined();
    // Another request with it is not refused either: the key is free.
    expect(replay(store, KEY, "other", IDEMPOTENCY_KEY_LIFETIME_MS)).toBeUndefined();
  });
});
