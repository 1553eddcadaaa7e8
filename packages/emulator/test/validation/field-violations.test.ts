import { describe, expect, it } from "vitest";
import { testEmulator } from "../support/emulator.js";
import { seeded } from "../support/seeded.js";
import { violationsOf } from "../support/violations.js";

describe("validation from the spec: 400 INVALID_ARGUMENT naming each field as the caller spelled it", () => {
  it("names pageSize out of range, in the violations and in the message", async () => {
    const { json, emulator } = testEmulator();
    const folder = seeded(emulator).readableFolder.id;
    const { status, body } = await json("GET", `/backup/v1/backups?folderId=${folder}&pageSize=5000`);
    expect(status).toBe(400);
    expect(body.code).toBe(3);
    expect(violationsOf(body)).toEqual([{ field: "pageSize", description: "must be at most 1000, got 5000" }]);
    expect(body.message).toContain("pageSize: must be at most 1000");
  });

  it("names a pageSize that is not a number", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups?folderId=b1g&pageSize=ten");
    expect(violationsOf(body)).toEqual([{ field: "pageSize", description: 'must be an integer, got "ten"' }]);
  });

  it("names a dotted selector by its dotted name", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups?archive.archiveId=abc");
    expect(violationsOf(body).map((violation) => violation.field)).toEqual(["archive.folderId"]);
    expect(body.message).toContain("archive.folderId");
  });

  it("names every field at fault in one answer", async () => {
    const { json } = testEmulator();
    const { body } = await json(
      "GET",
      `/backup/v1/backups?folderId=b1g&pageSize=-1&type=DISK&pageToken=${"x".repeat(101)}`,
    );
    expect(
      violationsOf(body)
        .map((violation) => violation.field)
        .sort(),
    ).toEqual(["pageSize", "pageToken", "type"]);
    expect(violationsOf(body).find((violation) => violation.field === "type")!.description).toMatch(
      /must be one of RESOURCE_TYPE_UNSPECIFIED, COMPUTE, BMS/,
    );
  });

  it("names an unknown query parameter (a typo) and the known ones", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups/abc?folderID=b1g");
    const fields = violationsOf(body).map((violation) => violation.field);
    expect(fields).toEqual(["folderID", "folderId"]);
    expect(violationsOf(body)[0]!.description).toMatch(/known: folderId/);
  });

  it("names a repeated parameter", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups?folderId=a&folderId=b");
    expect(violationsOf(body)).toEqual([{ field: "folderId", description: "was given 2 times; give it once" }]);
  });

  it("names a missing required query parameter", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups/abc");
    expect(violationsOf(body)).toEqual([{ field: "folderId", description: "is required" }]);
  });

  it("names body fields: missing, too long, wrong type, unknown", async () => {
    const { json } = testEmulator();
    const post = (body: unknown) => json("POST", "/backup/v1/backups/abc:startRecovery", { body });
    expect(violationsOf((await post({})).body)).toEqual([{ field: "computeInstanceId", description: "is required" }]);
    expect(violationsOf((await post({ computeInstanceId: "x".repeat(51) })).body)).toEqual([
      { field: "computeInstanceId", description: "must be at most 50 characters long, got 51" },
    ]);
    expect(violationsOf((await post({ computeInstanceId: 7 })).body)).toEqual([
      { field: "computeInstanceId", description: "must be a string, got 7" },
    ]);
    expect(violationsOf((await post({ computeInstanceId: "fhm", extra: 1 })).body)).toEqual([
      { field: "extra", description: "is not a field of this request" },
    ]);
    expect(violationsOf((await post([1])).body)).toEqual([
      { field: "body", description: "must be an object, got [1]" },
    ]);
  });

  it("answers a body that is not JSON with 400 saying so", async () => {
    const { json } = testEmulator();
    const { status, body } = await json("POST", "/backup/v1/backups/abc:startRecovery", { body: "{not json" });
    expect(status).toBe(400);
    expect(body.message).toMatch(/not valid JSON/);
  });

  it("names a body sent as another content type", async () => {
    const { json } = testEmulator();
    const { body } = await json("POST", "/backup/v1/backups/abc:startRecovery", {
      body: '{"computeInstanceId":"fhm"}',
      headers: { "content-type": "text/plain" },
    });
    expect(violationsOf(body)).toEqual([
      { field: "Content-Type", description: 'must be application/json, got "text/plain"' },
    ]);
  });

  it("names a malformed Idempotency-Key", async () => {
    const { json } = testEmulator();
    const { body } = await json("DELETE", "/backup/v1/backups/fhm/abc", {
      headers: { "idempotency-key": "not-a-uuid" },
    });
    expect(violationsOf(body)[0]!.field).toBe("Idempotency-Key");
    expect(violationsOf(body)[0]!.description).toMatch(/must be a valid uuid/);
  });

  it("refuses an oversized body with 413 and oversized headers with 431, both as a Status", async () => {
    const { json } = testEmulator();
    const big = await json("POST", "/backup/v1/backups/abc:startRecovery", {
      body: { computeInstanceId: "x".repeat(70_000) },
    });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe(3);
    const headers = await json("GET", "/backup/v1/backups?folderId=b1g", { headers: { "x-junk": "y".repeat(20_000) } });
    expect(headers.status).toBe(431);
    expect(headers.body.message).toMatch(/headers are larger/);
  });

  it("answers bad percent-encoding in a path id with 400 naming the parameter", async () => {
    const { json } = testEmulator();
    const { status, body } = await json("GET", "/backup/v1/backups/%E0%A4%A/files?folderId=b1g");
    expect(status).toBe(400);
    expect(violationsOf(body)[0]!.field).toBe("backupId");
  });

  it("keeps an encoded slash inside the id instead of routing on it", async () => {
    const { json } = testEmulator();
    const { status, body } = await json("GET", "/backup/v1/backups/a%2Fb?folderId=b1g");
    expect(status).toBe(404);
    expect(body.message).toContain("Backup a/b in folder b1g not found");
  });

  it("treats an empty query value as not sent", async () => {
    const { json, emulator } = testEmulator();
    const folder = seeded(emulator).readableFolder.id;
    const { status, body } = await json(
      "GET",
      `/backup/v1/backups?folderId=${folder}&pageSize=&orderBy=&filter=&type=&pageToken=`,
    );
    expect(status).toBe(200);
    expect(body.backups.length).toBeGreaterThan(0);
  });

  it("reads a negative integer as a number and names its range", async () => {
    const { json } = testEmulator();
    const { body } = await json("GET", "/backup/v1/backups?folderId=b1g&pageSize=-1");
    expect(violationsOf(body)).toEqual([{ field: "pageSize", description: "must be at least 0, got -1" }]);
  });

  it("names an empty body string as empty", async () => {
    const { json } = testEmulator();
    const { body } = await json("POST", "/backup/v1/backups/abc:startRecovery", { body: { computeInstanceId: "" } });
    expect(violationsOf(body)).toEqual([{ field: "computeInstanceId", description: "must not be empty" }]);
  });

  it("refuses a declared Content-Length over the limit without waiting for the body", async () => {
    const { emulator } = testEmulator();
    const request = new Request("http://emulator.test/backup/v1/backups/abc:startRecovery", {
      method: "POST",
      headers: { authorization: "Bearer t", "content-type": "application/json", "content-length": String(1024 * 1024) },
      body: new ReadableStream<Uint8Array>({ start() {} }), // sends nothing, never ends
      duplex: "half",
    } as RequestInit);
    // The body never ends: an emulator that waited for it would hold this test until its timeout.
    const answer = await emulator.fetch(request);
    expect(answer.status).toBe(413);
  });
});
