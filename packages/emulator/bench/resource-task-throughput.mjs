// 8b. A 100-item page of `listResources` and of `listResourceTasks` over HTTP: the emulator's bin against a bare
// node:http server sending the very page the emulator sent, same connections, same run (as section 6 does for
// `list`). The bin serves section 8's 1,000-resource state, handed over in a SQLite file (`--data`): no API
// registers a thousand resources quickly. Needs better-sqlite3 (a devDependency of this package).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@backup-api/process-helpers";
import { describeRun, expectOk, load, measure, startBareServer } from "./http-load.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { pollUntilOk, spawnEmulator, stopProcess, urlOf } from "./processes.mjs";
import { verdict } from "./report.mjs";
import { grownState } from "./resource-task-pages.mjs";
import { AUTH_HEADERS } from "./seed-target.mjs";

const GOAL = 0.3;

async function pageAgainstBare(port, child, path, { durationSeconds, warmupSeconds, connections }) {
  const emulatorUrl = urlOf(port) + path;
  const answer = await expectOk(emulatorUrl);
  const bare = await startBareServer(answer);
  try {
    const bareUrl = bare.url + path;
    if (warmupSeconds > 0) for (const url of [emulatorUrl, bareUrl]) await load(url, connections, warmupSeconds);
    const emulator = await measure(emulatorUrl, child.pid, connections, durationSeconds);
    const ceiling = await measure(bareUrl, bare.child.pid, connections, durationSeconds);
    return { answer, emulator, ceiling, ratio: emulator.requests.average / ceiling.requests.average };
  } finally {
    bare.child.disconnect();
  }
}

export async function benchResourceTaskThroughput(settings) {
  const { createEmulator, generateSeed } = await import(EMULATOR_INDEX_URL);
  const { openSqliteStorage } = await import(new URL("../dist/sqlite.js", import.meta.url).href);
  const { state, folderId, instanceId } = grownState(generateSeed, 1_000);
  const folder = mkdtempSync(join(tmpdir(), "emulator-bench-"));
  const file = join(folder, "state.sqlite");
  createEmulator({ state, storage: openSqliteStorage(file) }).close();
  const port = await freePort();
  const child = spawnEmulator(port, ["--data", file]);
  try {
    const resourcesPath = `/backup/v1/resources?folderId=${folderId}&pageSize=100`;
    const tasksPath = `/backup/v1/resources/${instanceId}/tasks?pageSize=100`;
    await pollUntilOk(urlOf(port) + resourcesPath, { headers: AUTH_HEADERS, child });
    const resources = await pageAgainstBare(port, child, resourcesPath, settings);
    const tasks = await pageAgainstBare(port, child, tasksPath, settings);
    const ratioRow = (run) => `${run.ratio.toFixed(2)}×   ${verdict(run.ratio >= GOAL)} (goal ≥ ${GOAL}×)`;
    return {
      title: `8b. A 100-item listResources and listResourceTasks page over HTTP, ${settings.connections} connections, ${settings.durationSeconds} s each: emulator vs a bare node:http server sending the same page (goal: emulator ≥ ${GOAL}× bare)`,
      rows: [
        ["resources path", resourcesPath],
        ["  emulator (bin, --data)", describeRun(resources.emulator, resources.answer)],
        ["  ceiling: bare node:http", describeRun(resources.ceiling, resources.answer)],
        ["  emulator ÷ bare, req/s", ratioRow(resources)],
        ["tasks path", tasksPath],
        ["  emulator (bin, --data)", describeRun(tasks.emulator, tasks.answer)],
        ["  ceiling: bare node:http", describeRun(tasks.ceiling, tasks.answer)],
        ["  emulator ÷ bare, req/s", ratioRow(tasks)],
      ],
    };
  } finally {
    await stopProcess(child);
    rmSync(folder, { recursive: true, force: true });
  }
}
