// At least 10,000 generated requests per run, good and broken (see request-arbitrary.ts). Faults off, the
// emulator must never answer ≥ 500; every other answer fits the spec (a Status with the request id, or the
// operation's 200 schema); and it still answers a normal call afterwards. A failure prints fast-check's seed
// and the shrunk request: replay it with FUZZ_SEED=<seed> (and FUZZ_PATH=<path>).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { seeded } from "../support/seeded.js";
import { assertFitsSpec } from "../support/spec-checked-fetch.js";
import { requestArbitrary, toRequest } from "./request-arbitrary.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

describe("fuzzing from the spec", () => {
  it(`${RUNS} requests: no answer ≥ 500, every answer fits the spec`, async () => {
    const emulator = createEmulator({
      seed: { backups: 200 },
      operations: { recovery: { durationMs: 0 }, delete: { durationMs: 0 } },
    });
    const { state } = seeded(emulator);
    const ids = {
      folderId: state.folders.map((folder) => folder.id),
      computeInstanceId: state.instances.map((instance) => instance.id),
      backupId: state.backups.slice(0, 60).map((record) => record.backup.id),
      archiveId: state.archives.map((record) => record.archive.id),
      policyId: state.policies.map((policy) => policy.id),
      resourceId: state.instances.map((instance) => instance.resourceId),
    };
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requestArbitrary(ids), async (fuzz) => {
        const request = toRequest(fuzz);
        const response = await emulator.fetch(request.clone());
        // Every operation is emulated (NOT_YET_EMULATED is empty): no 5xx at all.
        expect(response.status, `${fuzz.method} ${fuzz.path}`).toBeLessThan(500);
        await assertFitsSpec(request, response);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
      {
        numRuns: RUNS,
        ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }),
        ...(process.env.FUZZ_PATH && { path: process.env.FUZZ_PATH }),
      },
    );
    const answered = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    const successes = [...statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0);
    console.log(
      `fuzz: ${answered} requests, by status: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    expect(answered).toBeGreaterThanOrEqual(RUNS);
    // The generator must reach the handlers, not only the front door's refusals.
    expect(successes / answered).toBeGreaterThan(0.05);

    const folder = state.folders.find((candidate) => !candidate.forbidden)!;
    const after = await emulator.fetch(`http://emulator.fuzz/backup/v1/backups?folderId=${folder.id}`, {
      headers: { authorization: "Bearer t" },
    });
    expect(after.status).toBe(200);
  }, 120_000);
});
