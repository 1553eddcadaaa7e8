import { describe, expect, it } from "vitest";
import { HANDLERS } from "../../src/handlers/index.js";
import { SPEC_OPERATIONS } from "../../src/spec/bundled-spec.js";
import { testEmulator } from "../support/emulator.js";

describe("routing from the spec", () => {
  it("has a handler for every operation of the spec, and none for an operation the spec lacks", () => {
    const specIds = SPEC_OPERATIONS.map((operation) => operation.operationId).sort();
    expect(Object.keys(HANDLERS).sort()).toEqual(specIds);
  });

  it("answers an unknown path with 404 NOT_FOUND naming the path, as a Status", async () => {
    const { json } = testEmulator();
    const { status, body } = await json("GET", "/backup/v1/backupz");
    expect(status).toBe(404);
    expect(body.code).toBe(5);
    expect(body.message).toContain("/backup/v1/backupz");
  });

  it("answers a wrong method with 405 UNIMPLEMENTED and an Allow header", async () => {
    const { json } = testEmulator();
    const { status, body, headers } = await json("PUT", "/backup/v1/backups");
    expect(status).toBe(405);
    expect(body.code).toBe(12);
    expect(headers.get("allow")).toBe("GET");
  });

  it("tells the overlapping templates apart by method: GET …/x/files lists files, DELETE …/x/files deletes backup 'files'", async () => {
    const { json } = testEmulator();
    const listFiles = await json("GET", "/backup/v1/backups/nope/files?folderId=b1gfolder");
    expect(listFiles.body.message).toMatch(/Backup nope in folder b1gfolder not found/);
    const deletion = await json("DELETE", "/backup/v1/backups/fhmsomeinstance/files");
    expect(deletion.body.message).toMatch(/Backup files not found/);
  });

  it("serves the operations host's route and the API's on one origin, whatever the host", async () => {
    const { emulator } = testEmulator();
    const response = await emulator.fetch("https://operation.api.cloud.yandex.net/operations/cdgnothing", {
      headers: { authorization: "Bearer t" },
    });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toContain("Operation cdgnothing not found");
  });

  it("gives every answer a fresh x-request-id", async () => {
    const { call } = testEmulator();
    const ids = new Set<string | null>();
    for (let index = 0; index < 5; index++) ids.add((await call("GET", "/nowhere")).headers.get("x-request-id"));
    expect(ids.size).toBe(5);
  });

  it("a path parameter spans one segment: GET on the two-id delete path is 405 Allow: DELETE", async () => {
    const { json } = testEmulator();
    const { status, headers } = await json("GET", "/backup/v1/backups/fhmsomeinstance/somebackup?folderId=b1g");
    expect(status).toBe(405);
    expect(headers.get("allow")).toBe("DELETE");
  });
});
