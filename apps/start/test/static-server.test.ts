import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, listenFromPort } from "../src/static-server.mjs";

const root = mkdtempSync(join(tmpdir(), "static-"));
mkdirSync(join(root, "site"));
writeFileSync(join(root, "site", "index.html"), "<h1>docs</h1>");
writeFileSync(join(root, "site", "openapi.docs.json"), "{}");
writeFileSync(join(root, "secret.txt"), "outside the site");
// A sibling whose name starts with the root's: a prefix check without the separator would let it through.
mkdirSync(join(root, "site-private"));
writeFileSync(join(root, "site-private", "key.txt"), "outside the site too");

const server = createStaticServer(join(root, "site"));
let port: number;
beforeAll(async () => {
  port = await listenFromPort(server, "127.0.0.1", 0);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// Raw request: fetch() would normalise away the `..` segments we want to send.
function get(path: string, method = "GET"): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static server", () => {
  it("serves index.html for / and files by type", async () => {
    expect(await get("/")).toEqual({ status: 200, type: "text/html;charset=utf-8", body: "<h1>docs</h1>" });
    expect(await get("/openapi.docs.json")).toMatchObject({ status: 200, type: "application/json" });
    expect(await get("/", "HEAD")).toMatchObject({ status: 200, body: "" });
  });

  it("never serves a file outside its root", async () => {
    expect((await get("/../secret.txt")).status).toBe(404);
    expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
    expect((await get("/..%2fsecret.txt")).status).toBe(404);
    expect((await get("/%E0%A4%A")).status).toBe(404);
    expect((await get("/../site-private/key.txt")).status).toBe(404);
    expect((await get("/%2e%2e/site-private/key.txt")).status).toBe(404);
  });

  it("serves a file as it is on disk now: a rebuild while it runs shows at once", async () => {
    writeFileSync(join(root, "site", "rebuilt.html"), "<p>first build</p>");
    expect((await get("/rebuilt.html")).body).toBe("<p>first build</p>");
    // As the docs build does: remove, then write a new file. (Rewriting it in place could change the bytes
    // under a read stream of the previous answer that has not seen its end of file yet.)
    rmSync(join(root, "site", "rebuilt.html"));
    writeFileSync(join(root, "site", "rebuilt.html"), "<p>the second, longer build</p>");
    expect((await get("/rebuilt.html")).body).toBe("<p>the second, longer build</p>");
    writeFileSync(join(root, "site", "added-later.html"), "<p>new</p>");
    expect((await get("/added-later.html")).status).toBe(200);
  });

  it("answers 404 for a missing file and 405 for a write", async () => {
    expect((await get("/nope.html")).status).toBe(404);
    expect(await get("/", "POST")).toMatchObject({ status: 405 });
  });

  it("moves to the next port when the preferred one is taken", async () => {
    const other = createStaticServer(join(root, "site"));
    const got = await listenFromPort(other, "127.0.0.1", port);
    try {
      expect(got).toBeGreaterThan(port);
      expect(got).toBeLessThan(port + 20);
    } finally {
      other.close();
    }
  });
});
