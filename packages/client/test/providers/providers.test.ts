// client.providers: activating a provider in a folder (a call that starts work) and listing the activated ones.
import { describe, expect, it } from "vitest";
import { createBackupClient } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, json } from "../support/fake-api.js";

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const ACTIVATE = "type.googleapis.com/yandex.cloud.backup.v1.ActivateProviderMetadata";

describe("providers", () => {
  it("activate: POST /backup/v1/providers/{name}:activate with the folder, an Idempotency-Key, the operation decoded", async () => {
    const api = fakeApi([json(200, { id: "op1", metadata: { "@type": ACTIVATE } })]);
    const operation = await testClient(api).providers.activate({
      name: "cyberprotect",
      folderId: "f1",
      skipDefaultPolicy: true,
    });
    const [request] = api.requests;
    expect(`${request!.method} ${request!.path}`).toBe("POST /backup/v1/providers/cyberprotect:activate");
    expect(JSON.parse(request!.body)).toEqual({ folderId: "f1", skipDefaultPolicy: true });
    expect(request!.headers.get("idempotency-key")).toMatch(UUID_V4);
    expect(operation).toMatchObject({ id: "op1", done: false, metadata: { "@type": ACTIVATE, folderId: "" } });
  });

  it("listActivated: GET /backup/v1/providers?folderId=…, names [] when none is", async () => {
    const api = fakeApi([json(200, {}), json(200, { folderId: "f1", names: ["cyberprotect"] })]);
    const client = testClient(api);
    expect(await client.providers.listActivated({ folderId: "f1" })).toEqual({ folderId: "", names: [] });
    const { names } = await client.providers.listActivated({ folderId: "f1", instanceRegistrationId: "reg-1" });
    expect(names).toEqual(["cyberprotect"]);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /backup/v1/providers?folderId=f1",
      "GET /backup/v1/providers?folderId=f1&instanceRegistrationId=reg-1",
    ]);
    expect(api.requests[0]!.headers.has("idempotency-key")).toBe(false);
  });

  it("check their parameters before sending anything", async () => {
    const api = fakeApi([json(200, {})]);
    const client = testClient(api);
    await expect(client.providers.activate({ folderId: "f1" } as never)).rejects.toThrow(
      "providers.activate: name must be a non-empty string, got undefined",
    );
    await expect(client.providers.listActivated({ folderId: 7 } as never)).rejects.toThrow(
      "providers.listActivated: folderId must be a non-empty string, got number",
    );
    expect(api.requests).toHaveLength(0);
  });

  it("reach the region's API host", async () => {
    const api = fakeApi([json(200, {})]);
    const client = createBackupClient({ iamToken: "t1.x", region: "kz", fetch: api.fetch });
    await client.providers.listActivated({ folderId: "f1" });
    await client.providers.activate({ name: "cyberprotect", folderId: "f1" });
    expect(api.requests.map((r) => r.url)).toEqual([
      "https://backup.api.yandexcloud.kz/backup/v1/providers?folderId=f1",
      "https://backup.api.yandexcloud.kz/backup/v1/providers/cyberprotect:activate",
    ]);
  });
});
