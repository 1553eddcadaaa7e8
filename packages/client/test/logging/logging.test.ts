import { describe, expect, it, vi } from "vitest";
import type { BackupLogEvent } from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { API, testClient } from "../support/client.js";
import { BACKUP, fakeApi, json, status } from "../support/fake-api.js";

useFakeClock();

describe("logger hook", () => {
  it("sees each request, response and retry, with the token redacted", async () => {
    const api = fakeApi([
      json(503, status(14, "down"), { "x-request-id": "r1" }),
      json(200, BACKUP, { "x-request-id": "r2" }),
    ]);
    const events: BackupLogEvent[] = [];
    settle(testClient(api, { logger: (event) => events.push(event) }).backups.get({ backupId: "b1", folderId: "f1" }));
    await vi.runAllTimersAsync();
    expect(events.map((event) => event.type)).toEqual(["request", "response", "retry", "request", "response"]);
    const [request, response, retry] = events as [
      Extract<BackupLogEvent, { type: "request" }>,
      Extract<BackupLogEvent, { type: "response" }>,
      Extract<BackupLogEvent, { type: "retry" }>,
    ];
    expect(request.httpMethod).toBe("GET");
    expect(request.url).toBe(`${API}/backup/v1/backups/b1?folderId=f1`);
    expect(request.headers.authorization).toBe("Bearer [REDACTED]");
    expect(request.headers["x-client-request-id"]).toBe(api.requests[0]!.headers.get("x-client-request-id"));
    expect(response).toMatchObject({ status: 503, requestId: "r1", durationMs: 0 });
    expect(retry).toMatchObject({ call: "backups.get", attempt: 1, reason: "UNAVAILABLE: down" });
    expect(retry.clientRequestId).toBe(request.headers["x-client-request-id"]);
    expect(events[4]).toMatchObject({ status: 200, requestId: "r2" });
  });

  it("sees the final failure", async () => {
    const api = fakeApi([json(404, status(5, "gone"))]);
    const events: BackupLogEvent[] = [];
    await testClient(api, { logger: (event) => events.push(event) })
      .backups.get({ backupId: "b1", folderId: "f1" })
      .catch(() => {});
    expect(events.at(-1)).toMatchObject({ type: "error", call: "backups.get", error: { message: "NOT_FOUND: gone" } });
  });
});
