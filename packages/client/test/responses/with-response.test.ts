import { afterEach, describe, expect, it } from "vitest";
import { testClient } from "../support/client.js";
import { BACKUP, json, scriptedServer } from "../support/server.js";

let close: () => Promise<void> = async () => {};
afterEach(() => close());

describe("withResponse", () => {
  it("gives the data with the raw Response and the request ids", async () => {
    const s = await scriptedServer([json(200, BACKUP, { "x-request-id": "srv-1", "x-server-trace-id": "tr" })]);
    close = s.close;
    const r = await testClient(s.url).backups.get({ backupId: "b", folderId: "f" }, { withResponse: true, clientRequestId: "c1" });
    expect(r.data).toEqual(BACKUP);
    expect(r.response).toBeInstanceOf(Response);
    expect(r.response.status).toBe(200);
    expect(r.response.headers.get("x-server-trace-id")).toBe("tr");
    expect(r.requestId).toBe("srv-1");
    expect(r.clientRequestId).toBe("c1");
  });

  it("keeps int64 values as strings, losslessly", async () => {
    const big = '{"id":"b","size":"9223372036854775807"}';
    const s = await scriptedServer([(_q, res) => res.writeHead(200, { "content-type": "application/json" }).end(big)]);
    close = s.close;
    const b = await testClient(s.url).backups.get({ backupId: "b", folderId: "f" });
    expect(b.size).toBe("9223372036854775807");
    expect(BigInt(b.size!)).toBe(2n ** 63n - 1n);
  });
});
