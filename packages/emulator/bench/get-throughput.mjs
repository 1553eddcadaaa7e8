// 1. Requests per second on GET /backup/v1/backups/{backupId}?folderId=…, 10 connections, emulator vs Steady and
// Prism (the two stateless mocks), and vs a bare node:http server sending the emulator's bytes (the ceiling of this
// machine's loopback HTTP). All four run in processes of their own (the emulator's bin; Steady's binary; Prism
// through startMock), so autocannon, here,
// never shares an event loop with the server it loads. Each is warmed up first: V8 needs a few thousand calls
// to optimise, which is not what a test suite's steady state pays.
import { startMock } from "@backup-api/mock";
import { freePort } from "@backup-api/process-helpers";
import { compareCpuTime } from "./cpu-time.mjs";
import { describeRun, expectOk, load, measure, startBareServer } from "./http-load.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { pollUntilOk, spawnEmulator, spawnSteady, stopProcess, urlOf } from "./processes.mjs";
import { AUTH_HEADERS, seedTarget } from "./seed-target.mjs";
import { formatUs, verdict } from "./report.mjs";

/** A plain request for `emulator.handle`, as the node:http adapter makes one: no Fetch objects. */
function plainRequest(path) {
  const headers = Object.fromEntries(Object.entries(AUTH_HEADERS).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    method: "GET",
    url: `http://emulator.local${path}`,
    headers: {
      get: (name) => headers[name.toLowerCase()] ?? null,
      forEach: (callback) => Object.entries(headers).forEach(([name, value]) => callback(value, name)),
    },
    text: async () => "",
  };
}

/**
 * The same GET in this process, no sockets, CPU per call: through `emulator.handle` (the core: routing, validation,
 * state, proto3 JSON) and through `emulator.fetch` (what an in-process test suite calls: the core plus a Request
 * and a Response). The core set against the server's CPU per request splits that into the emulator's own work
 * and what HTTP adds (node:http and the adapter).
 */
async function inProcessCpuUs(path) {
  const { createEmulator } = await import(EMULATOR_INDEX_URL);
  const emulator = createEmulator();
  const handle = () => emulator.handle(plainRequest(path));
  const fetch = async () => (await emulator.fetch(`http://emulator.local${path}`, { headers: AUTH_HEADERS })).text();
  for (let call = 0; call < 2000; call++) await Promise.all([handle(), fetch()]);
  return (await compareCpuTime({ handle, fetch }, { rounds: 5, iterations: 400 })).us;
}

export async function benchGetThroughput({ durationSeconds, warmupSeconds, connections }) {
  const target = await seedTarget();
  const emulatorPort = await freePort();
  const emulatorChild = spawnEmulator(emulatorPort);
  const steadyPort = await freePort();
  const steadyChild = spawnSteady(steadyPort);
  let mock;
  let bare;
  try {
    const emulatorUrl = urlOf(emulatorPort) + target.path;
    await pollUntilOk(emulatorUrl, { headers: AUTH_HEADERS, child: emulatorChild });
    // Steady answers any id with its example (or one it generates): the same path gets its 200.
    const steadyUrl = urlOf(steadyPort) + target.path;
    await pollUntilOk(steadyUrl, { headers: AUTH_HEADERS, child: steadyChild });
    mock = await startMock();
    const prismUrl = mock.url + target.path;
    const emulatorAnswer = await expectOk(emulatorUrl);
    const prismAnswer = await expectOk(prismUrl);
    const steadyAnswer = await expectOk(steadyUrl);
    bare = await startBareServer(emulatorAnswer);
    const bareUrl = bare.url + target.path;

    if (warmupSeconds > 0) {
      for (const url of [emulatorUrl, steadyUrl, prismUrl, bareUrl]) await load(url, connections, warmupSeconds);
    }
    const emulator = await measure(emulatorUrl, emulatorChild.pid, connections, durationSeconds);
    const steady = await measure(steadyUrl, steadyChild.pid, connections, durationSeconds);
    const prism = await measure(prismUrl, mock.pid, connections, durationSeconds);
    const ceiling = await measure(bareUrl, bare.child.pid, connections, durationSeconds);
    const ratio = emulator.requests.average / prism.requests.average;
    const steadyRatio = emulator.requests.average / steady.requests.average;
    const bareRatio = emulator.requests.average / ceiling.requests.average;
    const inProcess = await inProcessCpuUs(target.path);
    const split =
      emulator.cpuUsPerRequest === undefined
        ? ""
        : `; HTTP adds ${formatUs(emulator.cpuUsPerRequest - inProcess.handle)} of the server's ${formatUs(emulator.cpuUsPerRequest)}/req`;
    return {
      title: `1. GET one backup over HTTP: autocannon, ${connections} connections, ${durationSeconds} s each after ${warmupSeconds} s warm-up (goals: emulator ≥ 3× Prism, ahead of Steady, ≥ 0.5× bare node:http req/s)`,
      rows: [
        ["path", target.path],
        ["emulator (bin, child process)", describeRun(emulator, emulatorAnswer)],
        ["  same GET in-process", `core (emulator.handle) ${formatUs(inProcess.handle)} CPU/call${split}`],
        ["", `emulator.fetch ${formatUs(inProcess.fetch)} CPU/call (the core, a Request and a Response)`],
        ["Steady (@stdy/cli binary)", describeRun(steady, steadyAnswer)],
        ["Prism mock (startMock)", describeRun(prism, prismAnswer)],
        ["ceiling: bare node:http", `${describeRun(ceiling, emulatorAnswer)}   (the emulator's bytes, no work)`],
        ["emulator ÷ Prism, req/s", `${ratio.toFixed(2)}×   ${verdict(ratio >= 3)}`],
        ["emulator ÷ Steady, req/s", `${steadyRatio.toFixed(2)}×   ${verdict(steadyRatio > 1)} (goal > 1×)`],
        [
          "Steady ÷ emulator, server CPU/req",
          `${steady.cpuUsPerRequest && emulator.cpuUsPerRequest ? `${(steady.cpuUsPerRequest / emulator.cpuUsPerRequest).toFixed(2)}×` : "n/a"}`,
        ],
        ["Prism ÷ emulator, p99 latency", `${(prism.latency.p99 / emulator.latency.p99).toFixed(2)}×`],
        [
          "Prism ÷ emulator, server CPU/req",
          `${prism.cpuUsPerRequest && emulator.cpuUsPerRequest ? `${(prism.cpuUsPerRequest / emulator.cpuUsPerRequest).toFixed(2)}×` : "n/a"}   (the same comparison, blind to other processes taking the CPU)`,
        ],
        [
          "emulator ÷ bare node:http, req/s",
          `${bareRatio.toFixed(2)}×   ${verdict(bareRatio >= 0.5)} (goal ≥ 0.5×: what the pipeline keeps of a bare server's rate)`,
        ],
      ],
      figures: {
        emulatorRps: emulator.requests.average,
        steadyRps: steady.requests.average,
        prismRps: prism.requests.average,
        bareRps: ceiling.requests.average,
      },
    };
  } finally {
    await stopProcess(emulatorChild);
    await stopProcess(steadyChild);
    await mock?.stop();
    bare?.child.disconnect();
  }
}
