// A tiny static file server (node:http, no dependency) for the built docs. Read-only, confined to its root.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES = /** @type {Record<string, string>} */ ({
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
});

/** @param {string} root @param {string} urlPath @returns {string | undefined} */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const file = normalize(join(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/** @param {string} root */
export function createStaticServer(root) {
  const base = normalize(root);
  return createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("Method not allowed\n");
      return;
    }
    const file = resolveInside(base, new URL(req.url ?? "/", "http://localhost").pathname);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
}

/**
 * Listens on `host:port`, or the next port up when it is taken (up to `attempts` ports).
 * @param {import("node:http").Server} server @param {string} host @param {number} port
 * @returns {Promise<number>} the port it listens on
 */
export async function listenFromPort(server, host, port, attempts = 20) {
  for (let candidate = port; candidate < port + attempts; candidate++) {
    const outcome = await new Promise((resolve) => {
      const onError = (/** @type {NodeJS.ErrnoException} */ error) => resolve(error);
      server.once("error", onError);
      server.listen(candidate, host, () => {
        server.off("error", onError);
        resolve(null);
      });
    });
    if (outcome === null) {
      const address = server.address();
      return typeof address === "object" && address ? address.port : candidate;
    }
    if (/** @type {NodeJS.ErrnoException} */ (outcome).code !== "EADDRINUSE" || port === 0) throw outcome;
  }
  throw new Error(`No free port on ${host} from ${port} to ${port + attempts - 1}`);
}
