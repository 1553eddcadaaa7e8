// The benchmark's HTTP server, in its own process so it does not share the client's event loop.
// GET /backup/v1/backups/{id}        → one Backup
// GET /backup/v1/backups?...pageToken → page N of PAGES pages of PAGE_SIZE backups (pre-rendered)
import { createServer } from "node:http";

const PAGES = 100;
const PAGE_SIZE = 1000;
const backup = (i) => ({
  id: `a3b9e4f1-2c4d-4e8a-9f61-${String(i).padStart(12, "0")}`,
  archiveId: "7c1d6e0a-4b2f-4a55-8f0e-1e2d3c4b5a69",
  createdAt: "2026-11-20T02:00:13.512345678Z",
  size: "21474836480",
  computeInstanceId: "epdp2hnkcn1s8u1k7b2n",
  type: "FULL",
  policyId: "cbq5gkqhq5a5n0t1c0d8",
  resourceId: "3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f",
});
const one = JSON.stringify(backup(0));
const pages = Array.from({ length: PAGES }, (_, p) =>
  JSON.stringify({
    backups: Array.from({ length: PAGE_SIZE }, (_, i) => backup(p * PAGE_SIZE + i)),
    nextPageToken: p + 1 < PAGES ? String(p + 1) : undefined,
  }),
);

const send = (res, body) => {
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": "bench",
  });
  res.end(body);
};

const server = createServer((req, res) => {
  if (req.url.startsWith("/backup/v1/backups?")) {
    const token = new URL(req.url, "http://x").searchParams.get("pageToken");
    return send(res, pages[Number(token ?? 0)]);
  }
  send(res, one);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port, pages: PAGES, pageSize: PAGE_SIZE }));
process.on("disconnect", () => process.exit(0));
