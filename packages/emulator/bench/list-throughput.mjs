// 6. A 100-item list page over HTTP: the emulator's bin against a bare node:http server sending the very page
// the emulator sent, same connections, same run. emulator ÷ bare = what the pipeline keeps of the ceiling.
import { freePort } from "@backup-api/process-helpers";
import { describeRun, expectOk, load, measure, startBareServer } from "./http-load.mjs";
import { pollUntilOk, spawnEmulator, stopProcess, urlOf } from "./processes.mjs";
import { verdict } from "./report.mjs";
import { AUTH_HEADERS, seedTarget } from "./seed-target.mjs";

export async function benchListThroughput({ durationSeconds, warmupSeconds, connections }) {
  const { folderId } = await seedTarget();
  const path = `/backup/v1/backups?folderId=${folderId}&pageSize=100`;
  const port = await freePort();
  // 2,000 backups in the folder, so that the page is full.
  const child = spawnEmulator(port, ["--backups", "2000"]);
  let bare;
  try {
    const emulatorUrl = urlOf(port) + path;
    await pollUntilOk(emulatorUrl, { headers: AUTH_HEADERS, child });
    const answer = await expectOk(emulatorUrl);
    bare = await startBareServer(answer);
    const bareUrl = bare.url + path;
    if (warmupSeconds > 0) for (const url of [emulatorUrl, bareUrl]) await load(url, connections, warmupSeconds);
    const emulator = await measure(emulatorUrl, child.pid, connections, durationSeconds);
    const ceiling = await measure(bareUrl, bare.child.pid, connections, durationSeconds);
    const ratio = emulator.requests.average / ceiling.requests.average;
    return {
      title: `6. A 100-item list page over HTTP, ${connections} connections, ${durationSeconds} s each: emulator vs a bare node:http server sending the same page (goal: emulator ≥ 0.3× bare)`,
      rows: [
        ["path", path],
        ["emulator (bin, child process)", describeRun(emulator, answer)],
        ["ceiling: bare node:http", describeRun(ceiling, answer)],
        [
          "emulator ÷ bare node:http, req/s",
          `${ratio.toFixed(2)}×   ${verdict(ratio >= 0.3)} (goal ≥ 0.3×; where the rest goes: section 4b)`,
        ],
      ],
      figures: { emulatorRps: emulator.requests.average, bareRps: ceiling.requests.average },
    };
  } finally {
    await stopProcess(child);
    bare?.child.disconnect();
  }
}
