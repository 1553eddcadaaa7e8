// A client given no `fetch` uses globalThis.fetch as it is when each call is made: a mock installed after the
// client was created (MSW patches globalThis.fetch in server.listen()) must still see its requests.
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BackupUsageError, createBackupClient } from "../../src/index.js";
import { API } from "../support/client.js";
import { BACKUP, fakeApi, json, status } from "../support/fake-api.js";

const params = { backupId: "b1", folderId: "f1" };
/** No fetch of its own, and no retries: a request that goes the wrong way fails at once. */
const clientWithoutFetch = () => createBackupClient({ iamToken: "t1.secret-token", baseUrl: API, maxRetries: 0 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a client given no fetch", () => {
  it("calls globalThis.fetch as it is at each call, not as it was when the client was created", async () => {
    const atCreation = fakeApi([json(500, status(13, "the fetch of when the client was created"))]);
    vi.stubGlobal("fetch", atCreation.fetch);
    const client = clientWithoutFetch();
    const atCall = fakeApi([json(200, BACKUP)]);
    vi.stubGlobal("fetch", atCall.fetch);

    expect((await client.backups.get(params)).id).toBe(BACKUP.id);
    expect(atCreation.requests).toHaveLength(0);
    expect(atCall.requests.map((request) => request.path)).toEqual(["/backup/v1/backups/b1?folderId=f1"]);
  });

  it("says at the call that there is no global fetch, when there is none then", async () => {
    const client = clientWithoutFetch();
    vi.stubGlobal("fetch", undefined);
    const error = await client.backups.get(params).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BackupUsageError);
    expect((error as Error).message).toBe("there is no global fetch here: pass createBackupClient a fetch option");
  });
});

describe("a client given no fetch, with MSW", () => {
  // MSW wraps whatever globalThis.fetch is when it starts and calls it for requests it lets through; this one
  // stands for the network, so a request that went past MSW is seen here instead of leaving the machine.
  let network: ReturnType<typeof fakeApi>;
  const server = setupServer(
    http.get(`${API}/backup/v1/backups/:backupId`, ({ params }) =>
      HttpResponse.json({ ...BACKUP, id: params.backupId }),
    ),
  );

  afterEach(() => {
    // MSW puts back the fetch it wrapped (the stand-in network), then the stub puts back the real one
    server.close();
  });

  const installNetwork = () => {
    network = fakeApi([json(502, status(14, "the request went past MSW to the network"))]);
    vi.stubGlobal("fetch", network.fetch);
  };

  it("reaches MSW when created before server.listen()", async () => {
    installNetwork();
    const client = clientWithoutFetch();
    server.listen({ onUnhandledRequest: "error" });

    expect((await client.backups.get(params)).id).toBe("b1");
    expect(network.requests).toHaveLength(0);
  });

  it("reaches MSW when created after server.listen()", async () => {
    installNetwork();
    server.listen({ onUnhandledRequest: "error" });
    const client = clientWithoutFetch();

    expect((await client.backups.get(params)).id).toBe("b1");
    expect(network.requests).toHaveLength(0);
  });
});
