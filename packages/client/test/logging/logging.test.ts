import { afterEach, describe, expect, it } from "vitest";
import type { BackupLogEvent } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { BACKUP, json, scriptedServer, status } from "../support/server.js";

let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe("logger hook", () => {
  it("sees each request, response and retry, with the token redacted", async () => {
    const s = await scriptedServer([json(503, status(14, "down"), { "x-request-id": "r1" }), json(200, BACKUP, { "x-request-id": "r2" })]);
    close = s.close;
    const events: BackupLogEvent[] = [];
    await testClient(s.url, { logger: (e) => events.push(e) }).backups.get({ backupId: "b1", folderId: "f1" });
    expect(events.map((e) => e.type)).toEqual(["request", "response", "retry", "request", "response"]);
    const [req, res, retry] = events as [
      Extract<BackupLogEvent, { type: "request" }>,
      Extract<BackupLogEvent, { type: "response" }>,
      Extract<BackupLogEvent, { type: "retry" }>,
    ];
    expect(req.method).toBe("GET");
    expect(req.url).toBe(`${s.url}/backup/v1/backups/b1?folderId=f1`);
    expect(req.headers.authorization).toBe("Bearer [REDACTED]");
    expect(req.headers["x-client-request-id"]).toBe(s.seen[0]!.headers["x-client-request-id"]);
    expect(res).toMatchObject({ status: 503, requestId: "r1" });
    expect(res.durationMs).toBeGreaterThanOrEqual(0);
    expect(retry).toMatchObject({ call: "backups.get", attempt: 1, reason: "UNAVAILABLE: down" });
    expect(retry.clientRequestId).toBe(req.headers["x-client-request-id"]);
    expect(events[4]).toMatchObject({ status: 200, requestId: "r2" });
  });

  it("sees the final failure", async () => {
    const s = await scriptedServer([json(404, status(5, "gone"))]);
    close = s.close;
    const events: BackupLogEvent[] = [];
    await testClient(s.url, { logger: (e) => events.push(e) })
      .backups.get({ backupId: "b1", folderId: "f1" })
      .catch(() => {});
    const last = events.at(-1) as Extract<BackupLogEvent, { type: "error" }>;
    expect(last.type).toBe("error");
    expect(last.call).toBe("backups.get");
    expect(last.error.message).toBe("NOT_FOUND: gone");
  });
});
