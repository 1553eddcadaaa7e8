// Request rate the mock holds on GET /backup/v1/backups/{backupId}: autocannon, 10 connections, 10 s.
// Baseline measured in the same run: a bare node:http server answering the same JSON body, so the ratio
// says what Prism's routing + validation costs on this machine. Run: pnpm --filter @backup-api/mock bench
import { createServer } from "node:http";
import autocannon from "autocannon";
import { startMock } from "../dist/index.js";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const path = "/backup/v1/backups/a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10?folderId=b1g0ijbfaqsn12345678";
const headers = { authorization: "Bearer bench" };

function run(url) {
  return autocannon({ url: url + path, headers, connections: 10, duration: DURATION });
}

const t0 = performance.now();
const mock = await startMock();
const startMs = performance.now() - t0;
let prism;
let baseline;
try {
  const sample = await fetch(mock.url + path, { headers });
  if (sample.status !== 200) throw new Error(`mock answered ${sample.status}`);
  const body = await sample.text();
  prism = await run(mock.url);

  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  baseline = await run(`http://127.0.0.1:${server.address().port}`);
  server.close();
} finally {
  await mock.stop();
}

const line = (name, r) =>
  `${name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;
console.log(`Prism start (startMock until it answers HTTP): ${startMs.toFixed(0)} ms`);
console.log(`autocannon: 10 connections, ${DURATION} s, GET ${path}`);
console.log(line("Prism mock", prism));
console.log(line("baseline node:http (same body)", baseline));
console.log(`ratio mock / baseline: ${(prism.requests.average / baseline.requests.average).toFixed(3)}x`);
