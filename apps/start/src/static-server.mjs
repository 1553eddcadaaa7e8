// The static file server of the built docs: sirv (what Vite's preview serves with), read-only, confined to its
// root, behind a node:http server so that this file only adds the answers sirv leaves to its caller.
import { createServer } from "node:http";
import sirv from "sirv";

/** @param {string} root */
export function createStaticServer(root) {
  const serve = sirv(root, {
    // Looks each request up on disk instead of listing the folder once at start: a docs rebuild while this
    // runs (another `pnpm start` builds first) must not leave stale sizes or missing files behind.
    dev: true,
    // Revalidate on every load (ETag + no-cache), so a reload always shows the page as built now.
    etag: true,
  });
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("Method not allowed\n");
      return;
    }
    serve(req, res, () => {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found\n");
    });
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
