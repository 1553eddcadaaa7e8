import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built ESM client, bundled with openapi-fetch, loaded by a real Chromium from a local page, calling a local
// API on the same origin. Debian's Chromium (apt install chromium); set CHROMIUM_PATH to use another.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

let server: Server;
let browser: Browser;
let origin: string;
const seen: { url: string; auth?: string; clientRequestId?: string }[] = [];

const send = (res: import("node:http").ServerResponse, status: number, body: unknown, type = "application/json") => {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": type, "x-request-id": `srv-${seen.length}` }).end(text);
};

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [dist],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const js = bundle.outputFiles[0]!.text;
  let flaky = 0;
  server = createServer((req, res) => {
    const url = req.url!;
    if (url === "/") return send(res, 200, "<!doctype html><title>client</title>", "text/html");
    if (url === "/client.js") return send(res, 200, js, "text/javascript");
    if (!url.startsWith("/backup/") && !url.startsWith("/operations/")) return send(res, 404, "", "text/plain");
    seen.push({ url, auth: req.headers.authorization, clientRequestId: req.headers["x-client-request-id"] as string });
    if (url.startsWith("/backup/v1/backups/flaky"))
      return ++flaky === 1
        ? send(res, 503, { code: 14, message: "down" })
        : send(res, 200, { id: "flaky", size: "9007199254740993" });
    if (url.startsWith("/backup/v1/backups/missing"))
      return send(res, 404, { code: 5, message: "Backup missing not found" });
    if (url.startsWith("/backup/v1/backups/hang")) return; // never answers
    if (url.startsWith("/backup/v1/backups?")) {
      const token = new URL(url, "http://x").searchParams.get("pageToken");
      return send(
        res,
        200,
        token ? { backups: [{ id: "c" }] } : { backups: [{ id: "a" }, { id: "b" }], nextPageToken: "p2" },
      );
    }
    if (url === "/operations/op1")
      return send(res, 200, {
        id: "op1",
        done: true,
        response: { "@type": "type.googleapis.com/google.protobuf.Empty" },
      });
    send(res, 404, { code: 5, message: "no route" });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe.skipIf(!existsSync(CHROMIUM))("in a real browser (Chromium; `pnpm test` installs it first)", () => {
  it("loads the ESM build and runs get, retries, listAll, errors, abort, timeout and wait", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(origin);
    // a string, so the test runner does not rewrite the page's own `import()`
    const result = await page.evaluate(`(async () => {
      const m = await import("/client.js");
      const c = m.createBackupClient({ iamToken: "browser-token", baseUrl: location.origin, retry: { baseDelayMs: 1 } });
      const b = await c.backups.get({ backupId: "flaky", folderId: "f1" });
      const ids = [];
      for await (const x of c.backups.listAll({ folderId: "f1" })) ids.push(x.id);
      const notFound = await c.backups.get({ backupId: "missing", folderId: "f1" }).catch((e) => ({
        api: e instanceof m.BackupApiError, status: e.status, codeName: e.codeName, requestId: e.requestId,
      }));
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 50);
      const aborted = await c.backups.get({ backupId: "hang", folderId: "f1" }, { signal: ac.signal }).catch((e) => e.name);
      const timedOut = await c.backups.get({ backupId: "hang", folderId: "f1" }, { timeoutMs: 50 }).catch((e) => e.name);
      const op = await c.operations.wait("op1", { pollIntervalMs: 5 });
      return { b: { id: b.id, size: b.size, deleted: b.deleted, disks: b.disks }, ids, notFound, aborted, timedOut, done: op.done };
    })()`);
    expect(errors).toEqual([]);
    expect(result).toEqual({
      // int64 kept as a string; the defaults the server left out filled in
      b: { id: "flaky", size: "9007199254740993", deleted: false, disks: [] },
      ids: ["a", "b", "c"],
      notFound: { api: true, status: 404, codeName: "NOT_FOUND", requestId: expect.stringMatching(/^srv-/) },
      aborted: "BackupAbortError",
      timedOut: "BackupTimeoutError",
      done: true,
    });
    const flaky = seen.filter((r) => r.url.startsWith("/backup/v1/backups/flaky"));
    expect(flaky).toHaveLength(2);
    expect(flaky[0]!.clientRequestId).toBe(flaky[1]!.clientRequestId);
    expect(seen.every((r) => r.auth === "Bearer browser-token")).toBe(true);
    await page.close();
  });
});
