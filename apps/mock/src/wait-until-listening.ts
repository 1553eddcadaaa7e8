import { request } from "node:http";

/**
 * The path probed while waiting: Prism answers it with its own 404 problem document (no such route), which
 * proves that Prism's HTTP stack is up, and not some other server that already held the port. In proxy mode
 * Prism forwards it upstream instead, and marks the answer with its `sl-violations` header (route not found).
 * Its log line is recognisable by this path, so `serve` can hide it.
 */
export const READINESS_PATH = "/__backup_api_mock_ready__";

function probe(url: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(new URL(READINESS_PATH, url), { method: "GET", timeout: timeoutMs, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve(body.includes("stoplight.io/prism/errors#") || res.headers["sl-violations"] !== undefined));
      res.on("error", () => resolve(false));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

/**
 * Polls `url` until anything answers over HTTP. Resolves as soon as one probe gets a response; rejects when
 * `deadline` (epoch ms) passes or `aborted()` turns true (the process died: no point in waiting further).
 */
export async function waitUntilListening(
  url: string,
  deadline: number,
  aborted: () => boolean,
  intervalMs = 50,
): Promise<void> {
  while (!aborted()) {
    if (await probe(url, 1000)) return;
    if (Date.now() >= deadline) throw new Error(`No HTTP answer from ${url} before the start timeout`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
