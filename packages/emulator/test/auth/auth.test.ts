import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";

describe("auth", () => {
  it("401 UNAUTHENTICATED saying the token is missing when there is no Authorization", async () => {
    const { json, emulator } = testEmulator();
    const folder = seeded(emulator).readableFolder.id;
    const { status, body } = await json("GET", `/backup/v1/backups?folderId=${folder}`, {
      headers: { authorization: "" },
    });
    expect(status).toBe(401);
    expect(body.code).toBe(16);
    expect(body.message).toMatch(/no IAM token/);
  });

  it.each(["Basic dXNlcjpwYXNz", "Bearer", "Bearer two words", "token-without-scheme"])(
    "401 saying %j is malformed",
    async (header) => {
      const { json } = testEmulator();
      const { status, body } = await json("GET", "/backup/v1/backups?folderId=b1g", {
        headers: { authorization: header },
      });
      expect(status).toBe(401);
      expect(body.message).toMatch(/malformed/);
    },
  );

  it("accepts any well-formed bearer token", async () => {
    const { json, emulator } = testEmulator();
    const folder = seeded(emulator).readableFolder.id;
    const { status } = await json("GET", `/backup/v1/backups?folderId=${folder}`, {
      headers: { authorization: "Bearer t1.9euelZqOk-anything_goes~" },
    });
    expect(status).toBe(200);
  });

  it("403 PERMISSION_DENIED for the seeded forbidden folder, by every way in", async () => {
    const { json, emulator } = testEmulator();
    const { forbiddenFolder, forbiddenBackup, computeBackup } = seeded(emulator);
    const { backup } = forbiddenBackup;
    const attempts = [
      json("GET", `/backup/v1/backups?folderId=${forbiddenFolder.id}`),
      json("GET", `/backup/v1/backups?computeInstanceId=${backup.computeInstanceId}`),
      json("GET", `/backup/v1/backups/${backup.id}?folderId=${forbiddenFolder.id}`),
      json("GET", `/backup/v1/backups/${backup.computeInstanceId}/archives`),
      json("POST", `/backup/v1/backups/${backup.id}:startRecovery`, {
        body: { computeInstanceId: backup.computeInstanceId },
      }),
      json("POST", `/backup/v1/backups/${computeBackup.backup.id}:startRecovery`, {
        body: { computeInstanceId: backup.computeInstanceId },
      }),
      json("DELETE", `/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`),
    ];
    for (const { status, body } of await Promise.all(attempts)) {
      expect(status).toBe(403);
      expect(body.code).toBe(7);
      expect(body.message).toContain(forbiddenFolder.id);
    }
  });

  it("401 comes before validation: no token and a bad query is 401, not 400", async () => {
    const { json } = testEmulator();
    const { status, body } = await json("GET", "/backup/v1/backups?pageSize=ten&colour=red", {
      headers: { authorization: "" },
    });
    expect(status).toBe(401);
    expect(body.code).toBe(16);
  });
});
