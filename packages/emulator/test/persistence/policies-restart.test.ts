// A policy created (and a provider activated) on a SQLite file is still there when an emulator opens the same
// file again: acknowledged means committed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage } from "../../src/sqlite.js";
import { testEmulator } from "../support/emulator.js";
import { NOT_ACTIVATED_FOLDER_ID, createPolicyBody, finish, newKey } from "../support/policies.js";

const directory = mkdtempSync(join(tmpdir(), "emulator-policies-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("policies and providers across a restart on the same SQLite file", () => {
  it("a policy created, one updated, and an activation survive", async () => {
    const file = join(directory, "state.sqlite");
    const first = testEmulator({ storage: openSqliteStorage(file) });
    const created = await first.json("POST", "/backup/v1/policies", {
      body: createPolicyBody(),
      headers: { "idempotency-key": newKey() },
    });
    const policy = (await finish(first, created.body.id)).response;
    const activation = await first.json("POST", "/backup/v1/providers/cyberprotect:activate", {
      body: { folderId: NOT_ACTIVATED_FOLDER_ID },
      headers: { "idempotency-key": newKey() },
    });
    await finish(first, activation.body.id);
    const key = newKey();
    const settings = { ...policy.settings, retention: { rules: [{ maxCount: "30" }] } };
    const update = await first.json("PATCH", `/backup/v1/policies/${policy.id}`, {
      body: { settings },
      headers: { "idempotency-key": key },
    });
    const before = (await first.json("GET", `/backup/v1/policies/${policy.id}`)).body;
    first.emulator.close();

    const second = testEmulator({ storage: openSqliteStorage(file) });
    // The update was acknowledged while it ran: it resumes, and its key still answers its Operation.
    const repeat = await second.json("PATCH", `/backup/v1/policies/${policy.id}`, {
      body: { settings },
      headers: { "idempotency-key": key },
    });
    expect(repeat.body.id).toBe(update.body.id);
    expect((await second.json("GET", `/backup/v1/policies/${policy.id}`)).body).toEqual(before);
    // The clock is not saved: the new manual clock starts again at its startAt, before the update's start.
    second.emulator.clock.advance(600_000);
    await finish(second, update.body.id);
    const after = (await second.json("GET", `/backup/v1/policies/${policy.id}`)).body;
    expect(after.settings.retention.rules).toEqual([{ maxCount: "30" }]);
    expect(after.name).toBe(policy.name);
    const providers = await second.json("GET", `/backup/v1/providers?folderId=${NOT_ACTIVATED_FOLDER_ID}`);
    expect(providers.body.names).toEqual(["cyberprotect"]);
    const listed = (await second.json("GET", `/backup/v1/policies?folderId=${NOT_ACTIVATED_FOLDER_ID}`)).body.policies;
    expect(listed.map((entry: any) => entry.name)).toEqual(
      expect.arrayContaining(["Default daily", "Default weekly", "Default monthly"]),
    );
    second.emulator.close();
  });
});
