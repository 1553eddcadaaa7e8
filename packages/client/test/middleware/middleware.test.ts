// client.raw.use() middleware sees real Request objects, for client.raw and for every method of the client,
// and the patterns openapi-fetch documents work: change the request in place, return a new Request or a clone,
// answer from middleware, change the response, recover from an error.
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { BackupApiError, type BackupClient } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { fakeApi, json, networkFailure, status } from "../support/fake-api.js";

const OK = { id: "x", done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } };

/** Every way to make a request: client.raw, and each method of the client. */
const everyCall: Record<string, (client: BackupClient) => Promise<unknown>> = {
  "raw.GET": (client) =>
    client.raw.GET("/backup/v1/backups/{backupId}", {
      params: { path: { backupId: "b1" }, query: { folderId: "f1" } },
    }),
  "raw.POST": (client) =>
    client.raw.POST("/backup/v1/backups/{backupId}:startRecovery", {
      params: { path: { backupId: "b1" } },
      body: { computeInstanceId: "i1" },
    }),
  "backups.get": (client) => client.backups.get({ backupId: "b1", folderId: "f1" }),
  "backups.list": (client) => client.backups.list({ folderId: "f1" }),
  "backups.listAll": async (client) => {
    for await (const _backup of client.backups.listAll({ folderId: "f1" })) void _backup;
  },
  "backups.listArchives": (client) => client.backups.listArchives({ computeInstanceId: "i1" }),
  "backups.listFiles": (client) => client.backups.listFiles({ backupId: "b1", folderId: "f1" }),
  "backups.startRecovery": (client) => client.backups.startRecovery({ backupId: "b1", computeInstanceId: "i1" }),
  "backups.delete": (client) => client.backups.delete({ computeInstanceId: "i1", backupId: "b1" }),
  "operations.get": (client) => client.operations.get("op1"),
  "operations.wait": (client) => client.operations.wait("op1"),
};

const rewrites: Record<string, Middleware> = {
  "changes the request in place": {
    onRequest({ request }) {
      request.headers.set("x-middleware", "in-place");
    },
  },
  "returns new Request(request, …)": {
    onRequest({ request }) {
      return new Request(request, {
        headers: { ...Object.fromEntries(request.headers), "x-middleware": "new-request" },
      });
    },
  },
  "returns request.clone()": {
    onRequest({ request }) {
      const copy = request.clone();
      copy.headers.set("x-middleware", "clone");
      return copy;
    },
  },
};

describe("client.raw.use() middleware", () => {
  for (const [pattern, middleware] of Object.entries(rewrites)) {
    describe(pattern, () => {
      it.each(Object.keys(everyCall))("%s", async (name) => {
        const api = fakeApi([json(200, OK)]);
        const client = testClient(api);
        client.raw.use(middleware);
        await everyCall[name]!(client);
        const sent = api.requests[0]!;
        expect(sent.request).toBeInstanceOf(Request);
        expect(sent.headers.get("x-middleware")).toBeTruthy();
        // what the client adds survives what middleware made of the request
        expect(sent.headers.get("authorization")).toBe("Bearer t1.secret-token");
        if (!name.startsWith("raw.")) expect(sent.headers.get("x-client-request-id")).toBeTruthy();
        if (name.endsWith("POST") || name === "backups.startRecovery")
          expect(JSON.parse(sent.body)).toEqual({ computeInstanceId: "i1" });
      });
    });
  }

  it("sees the call's deadline on the request, so a rewritten request is cancelled too", async () => {
    const api = fakeApi([json(200, OK)]);
    const client = testClient(api);
    const signals: AbortSignal[] = [];
    client.raw.use({ onRequest: ({ request }) => void signals.push(request.signal) });
    const controller = new AbortController();
    await client.backups.get({ backupId: "b1", folderId: "f1" }, { signal: controller.signal });
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]!.aborted).toBe(false);
  });

  it.each(Object.keys(everyCall))("can answer instead of the server, for %s", async (name) => {
    const api = fakeApi([json(500, status(13, "never reached"))]);
    const client = testClient(api);
    client.raw.use({
      onRequest: () => new Response(JSON.stringify(OK), { headers: { "content-type": "application/json" } }),
    });
    await everyCall[name]!(client);
    expect(api.requests).toHaveLength(0);
  });

  it("can change the response, and the client decodes what middleware returned", async () => {
    const api = fakeApi([json(200, { id: "from-server" })]);
    const client = testClient(api);
    client.raw.use({
      async onResponse({ response }) {
        const body = await response.json();
        return new Response(JSON.stringify({ ...body, id: "from-middleware" }), response);
      },
    });
    expect(await client.backups.get({ backupId: "b1", folderId: "f1" })).toMatchObject({
      id: "from-middleware",
      size: "0",
    });
  });

  it("can turn a network failure into an answer (onError), which the client then reads as usual", async () => {
    const api = fakeApi([networkFailure()]);
    const client = testClient(api, { maxRetries: 0 });
    client.raw.use({
      onError: () =>
        new Response(JSON.stringify(status(14, "offline")), {
          status: 503,
          headers: { "content-type": "application/json" },
        }),
    });
    const error = await client.backups.get({ backupId: "b1", folderId: "f1" }).catch((e) => e);
    expect(error).toBeInstanceOf(BackupApiError);
    expect(error.codeName).toBe("UNAVAILABLE");
  });

  it("runs once per attempt: each retry goes through it again", async () => {
    const api = fakeApi([json(503, status(14, "x")), json(200, OK)]);
    const client = testClient(api);
    let seen = 0;
    client.raw.use({ onRequest: () => void seen++ });
    await client.backups.get({ backupId: "b1", folderId: "f1" });
    expect(seen).toBe(2);
  });
});
