// What every HTTP throughput section shares: autocannon runs with the server's own CPU per request, the bare
// node:http ceiling (bare-server.mjs) started with an answer of the emulator's, and how a run is printed.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { formatUs } from "./report.mjs";
import { AUTH_HEADERS } from "./seed-target.mjs";
import { withServerCpu } from "./server-cpu.mjs";

export function load(url, connections, durationSeconds) {
  return autocannon({ url, headers: AUTH_HEADERS, connections, duration: durationSeconds });
}

/** One measured run, with the server's own CPU time per answered request. */
export async function measure(url, pid, connections, durationSeconds) {
  const { result, cpuMs } = await withServerCpu(pid, () => load(url, connections, durationSeconds));
  return { ...result, cpuUsPerRequest: cpuMs === undefined ? undefined : (cpuMs * 1000) / result.requests.total };
}

const BARE_SERVER = fileURLToPath(new URL("./bare-server.mjs", import.meta.url));

export async function expectOk(url) {
  const response = await fetch(url, { headers: AUTH_HEADERS });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return {
    body,
    headers: Object.fromEntries(
      [...response.headers].filter(([name]) => !["content-length", "date", "connection", "keep-alive"].includes(name)),
    ),
  };
}

/** Starts bare-server.mjs with `answer`; resolves to its URL and the child (to disconnect). */
export async function startBareServer(answer) {
  const child = fork(BARE_SERVER, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  child.send(answer);
  const { port } = await new Promise((resolve) => child.once("message", resolve));
  return { url: `http://127.0.0.1:${port}`, child };
}

export const describeRun = (result, answer) =>
  `${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${String(result.latency.p99).padStart(3)} ms   ` +
  `server CPU ${result.cpuUsPerRequest === undefined ? "n/a" : formatUs(result.cpuUsPerRequest).padStart(8)}/req   ` +
  `${answer.body.length} B body   non-2xx ${result.non2xx}   errors ${result.errors + result.timeouts}`;
