// The guide "Automate backups end to end" runs against the emulator: every region of its program after `setup`,
// as written, against `@backup-api/emulator` in-process. Only the setup region is the test's own: the client
// points at the emulator, the ids are the seed's (its `analytics` folder, whose provider is not activated, so the
// guide's activation runs too), and waits poll every millisecond on an emulator whose operations finish at their
// first poll — so nothing waits on a clock.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createEmulator, DEFAULT_SEED_NOW } from "@backup-api/emulator";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GUIDE_SAMPLES } from "../support/paths.js";

const program = readFileSync(`${GUIDE_SAMPLES}/automate-end-to-end.ts`, "utf8");
const runnable = fileURLToPath(new URL("./guide-program.generated.ts", import.meta.url));
afterAll(() => rmSync(runnable, { force: true }));

const SETUP = `import { createBackupClient, policySettings } from "@backup-api/client";

const { fetch, folderId, computeInstanceId } = (globalThis as any).guideTarget;
const client = createBackupClient({ iamToken: "guide", baseUrl: "http://emulator.guide", fetch, maxRetries: 0 });
const upTo = (minutes: number) => ({
  signal: AbortSignal.timeout(minutes * 60 * 1000),
  pollIntervalMs: 1,
  maxPollIntervalMs: 1,
});
`;

/** The program with its setup region replaced by SETUP; every other line as the guide shows it. */
function withEmulatorSetup(source: string): string {
  const match = /\/\/ #region setup\n[\s\S]*?\/\/ #endregion\n/.exec(source);
  if (!match) throw new Error("the guide's program has no setup region");
  return source.replace(match[0], `// #region setup\n${SETUP}// #endregion\n`);
}

describe("the guide's program against the emulator", () => {
  it("activates, creates, applies, executes, lists, recovers and revokes: every step answered, the state as said", async () => {
    const firstPoll = { completeAfterPolls: 1 };
    const emulator = createEmulator({
      clock: { manual: true, startAt: DEFAULT_SEED_NOW },
      operations: {
        activateProvider: firstPoll,
        createPolicy: firstPoll,
        applyPolicy: firstPoll,
        executePolicy: firstPoll,
        recovery: firstPoll,
        revokePolicy: firstPoll,
      },
    });
    const { folders, instances } = emulator.describe();
    const folder = folders.find((candidate) => candidate.name === "analytics")!;
    const instance = instances.find((candidate) => candidate.folderId === folder.id)!;
    expect(emulator.snapshot().providers.some((provider) => provider.folderId === folder.id)).toBe(false);
    (globalThis as any).guideTarget = { fetch: emulator.fetch, folderId: folder.id, computeInstanceId: instance.id };
    const said: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...parts) => {
      said.push(parts.join(" "));
    });
    try {
      writeFileSync(runnable, withEmulatorSetup(program));
      await import(runnable);
    } finally {
      log.mockRestore();
      delete (globalThis as any).guideTarget;
    }

    const state = emulator.snapshot();
    const policy = state.policies.find((candidate) => candidate.folderId === folder.id && candidate.name === "nightly");
    expect(state.providers).toContainEqual({ folderId: folder.id, name: "cyberprotect" });
    // skipDefaultPolicy: the activation made no default policies; the guide's is the one new policy
    const names = state.policies.filter((candidate) => candidate.folderId === folder.id).map((entry) => entry.name);
    expect(names.filter((name) => name === "nightly" || name.startsWith("Default "))).toEqual(["nightly"]);
    const made = state.backups.filter((record) => record.backup.policyId === policy!.id);
    expect(made.map((record) => [record.backup.computeInstanceId, record.backup.type])).toEqual([
      [instance.id, "FULL"],
    ]);
    // revoked at the end: no application left, the backup stays
    expect(state.applications.filter((application) => application.policyId === policy!.id)).toEqual([]);
    expect(said).toEqual(
      expect.arrayContaining([
        `policy ${policy!.id} nightly`,
        expect.stringMatching(/^instance BACKUPING \d+$/),
        expect.stringMatching(/^task \d+ STARTED \d+ of 100$/),
        expect.stringMatching(new RegExp(`^backup ${made[0]!.backup.id} FULL `)),
        "recovery 100%",
        "revoked: no more scheduled backups; the backups made stay",
      ]),
    );
  });
});
