import { describe, expect, it } from "vitest";
import { testClient } from "../support/client.js";
import { BACKUP, fakeApi, json, text } from "../support/fake-api.js";

describe("withResponse", () => {
  it("gives the data with the raw Response and the request ids", async () => {
    const api = fakeApi([json(200, BACKUP, { "x-request-id": "srv-1", "x-server-trace-id": "tr" })]);
    const result = await testClient(api).backups.get(
      { backupId: "b", folderId: "f" },
      { withResponse: true, clientRequestId: "c1" },
    );
    expect(result.data).toMatchObject(BACKUP);
    expect(result.response).toBeInstanceOf(Response);
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get("x-server-trace-id")).toBe("tr");
    expect(result.requestId).toBe("srv-1");
    expect(result.clientRequestId).toBe("c1");
  });

  it("keeps int64 values as strings, losslessly", async () => {
    const api = fakeApi([text(200, '{"id":"b","size":"9223372036854775807"}', { "content-type": "application/json" })]);
    const backup = await testClient(api).backups.get({ backupId: "b", folderId: "f" });
    expect(backup.size).toBe("9223372036854775807");
    expect(BigInt(backup.size)).toBe(2n ** 63n - 1n);
  });
});
