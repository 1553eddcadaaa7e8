// A registration under way, and the tokens, survive a restart on the same SQLite file and a snapshot/restore:
// the pending registration completes on the new emulator's clock, and a used token stays used.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID } from "../support/policies.js";
import { appliedTo, issueToken, resourceOf } from "./support.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-registration-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("registrations across a restart and a snapshot", () => {
  it("on SQLite: a pending registration completes after the restart, with its token's policies; tokens stay as they were", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const policyId = first.emulator
      .snapshot()
      .policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID)!.id;
    const used = await issueToken(first, "AGENT_INSTALL_BASH_EXTERNAL_VM", [policyId]);
    const unused = await issueToken(first, "AGENT_INSTALL_POWERSHELL_EXTERNAL_SERVER");
    const pending = first.emulator.agents.register({ registrationToken: used });
    const done = first.emulator.agents.register({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "BMS", name: "bm-new" });
    first.emulator.clock.advance(10_000);
    expect((await resourceOf(first, pending.computeInstanceId)).initStatus).toBe("REGISTERING");
    first.emulator.close();

    // The same manual start time: the registration is 20 s short of done.
    const second = testEmulator({
      storage: openSqliteStorage(file),
      clock: { manual: true, startAt: "2026-11-01T00:00:10Z" },
    });
    expect((await resourceOf(second, pending.computeInstanceId)).initStatus).toBe("REGISTERING");
    expect((await resourceOf(second, done.computeInstanceId)).initStatus).toBe("REGISTERING");
    second.emulator.clock.advance(19_999);
    expect((await resourceOf(second, pending.computeInstanceId)).initStatus).toBe("REGISTERING");
    second.emulator.clock.advance(1);
    expect(await resourceOf(second, pending.computeInstanceId)).toMatchObject({
      initStatus: "REGISTRED",
      online: true,
      type: "EXTERNAL_VM",
    });
    expect(await appliedTo(second, pending.computeInstanceId)).toEqual([`${policyId}:OK`]);
    expect(
      second.emulator.describe().instances.find((instance) => instance.id === done.computeInstanceId),
    ).toMatchObject({
      name: "bm-new",
      kind: "BMS",
      registered: true,
    });
    expect(() => second.emulator.agents.register({ registrationToken: used })).toThrow(/was already used/);
    expect(second.emulator.agents.register({ registrationToken: unused }).kind).toBe("EXTERNAL_SERVER");
    second.emulator.close();

    // What the second emulator completed is written too.
    const third = testEmulator({ storage: openSqliteStorage(file) });
    expect((await resourceOf(third, pending.computeInstanceId)).initStatus).toBe("REGISTRED");
    expect(third.emulator.snapshot().registrationTokens.every((token) => token.usedBy !== "")).toBe(true);
    third.emulator.close();
  });

  it("snapshot and restore keep a registration under way and the tokens", async () => {
    const target = testEmulator();
    const token = await issueToken(target, "AGENT_INSTALL_BASH_EXTERNAL_SERVER");
    const registration = target.emulator.agents.register({ registrationToken: token });
    const snapshot = target.emulator.snapshot();
    target.emulator.clock.advance(30_000);
    expect((await resourceOf(target, registration.computeInstanceId)).initStatus).toBe("REGISTRED");

    target.emulator.restore(snapshot);
    // The clock is not part of the state: it stays at +30 s, so the restored registration completes at the next request.
    const restored = testEmulator({ state: snapshot });
    expect((await resourceOf(restored, registration.computeInstanceId)).initStatus).toBe("REGISTERING");
    restored.emulator.clock.advance(30_000);
    expect((await resourceOf(restored, registration.computeInstanceId)).initStatus).toBe("REGISTRED");
    expect(() => restored.emulator.agents.register({ registrationToken: token })).toThrow(/was already used/);
    expect((await resourceOf(target, registration.computeInstanceId)).initStatus).toBe("REGISTRED");
    target.emulator.reset();
    expect(target.emulator.snapshot().registrationTokens).toEqual([]);
    expect((await resourceOf(target, registration.computeInstanceId)).status).toBe(404);
  });
});
