// 8. One 100-item page of `listResources` (a folder's resources) and of `listResourceTasks` (an instance's tasks)
// with 100,000 of them stored vs 1,000, in-process through emulator.fetch: a first page and a page from the middle
// reached by its pageToken, in interleaved rounds, wall clock and CPU time. No API registers 100,000 resources or
// runs 100,000 tasks quickly, so each store is built directly as an EmulatorState: the 1,000-backup seed, plus
// N copies of one seeded resource in the default folder (new ids, registered a minute apart) and N tasks on one
// seeded instance (numbered on from the seed's, queued a minute apart). `BENCH_ONLY=8` runs only this section.
import { compare } from "../../client/bench/stats.mjs";
import { compareCpuTime } from "./cpu-time.mjs";
import { fetchText, PAGE_SIZE } from "./list-setup.mjs";
import { formatUs, verdict } from "./report.mjs";

const ORIGIN = "http://emulator.local";
const MINUTE = 60_000;

const INDEXING =
  "indexing: MemoryStore keeps each folder's resources in one array sorted by (createdAt, seq) and each instance's tasks in one " +
  "array sorted by (enqueuedAt, number), built once at load (sort + group) and kept in place by binary-search inserts; a page is a " +
  "binary search (lowerBound) for the pageToken's key plus a walk of one page, so no scan of the store";

/** The seed's state with `count` more resources in `folderId` and `count` more tasks on `instanceId`. */
export function grownState(generateSeed, count) {
  const state = generateSeed({ backups: 1_000 });
  const folderId = state.folders[0].id;
  const model = state.resources.find((record) => record.folderId === folderId);
  const startMs = Date.parse(model.resource.createdAt);
  for (let index = 0; index < count; index++) {
    const resource = structuredClone(model);
    const createdAtMs = startMs + (index + 1) * MINUTE;
    resource.resource.computeInstanceId = `benchinstance${String(index).padStart(7, "0")}`;
    resource.resource.resourceId = `BENCH-${String(index).padStart(8, "0")}`;
    resource.resource.createdAt = new Date(createdAtMs).toISOString();
    resource.createdAtMs = createdAtMs;
    resource.seq = state.resources.length;
    state.resources.push(resource);
  }
  const instanceId = model.resource.computeInstanceId;
  const taskModel = state.tasks.find((record) => record.task.computeInstanceId === instanceId);
  const taskStartMs = Date.parse(taskModel.task.enqueuedAt);
  for (let index = 0; index < count; index++) {
    const task = structuredClone(taskModel);
    const seq = state.nextTaskSeq++;
    const atMs = taskStartMs + (index + 1) * MINUTE;
    task.task.id = String(seq);
    task.task.enqueuedAt = task.task.startedAt = new Date(atMs).toISOString();
    task.task.updatedAt = task.task.completedAt = new Date(atMs + MINUTE).toISOString();
    task.seq = seq;
    task.createdAtMs = atMs;
    state.tasks.push(task);
  }
  return { state, folderId, instanceId };
}

async function pagesOf(emulator, firstUrl, items) {
  const middlePage = Math.floor(items / PAGE_SIZE / 2);
  let pageToken;
  for (let page = 0; page < middlePage; page++) {
    pageToken = JSON.parse(
      await fetchText(emulator, firstUrl + (pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : "")),
    ).nextPageToken;
    if (!pageToken) throw new Error(`${firstUrl}: the listing ended after ${page + 1} pages`);
  }
  const deepUrl = firstUrl + (pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : "");
  return { firstUrl, deepUrl, middlePage };
}

async function store(createEmulator, generateSeed, count) {
  const { state, folderId, instanceId } = grownState(generateSeed, count);
  const started = performance.now();
  const emulator = createEmulator({ state });
  const createMs = performance.now() - started;
  const resourcesStored = state.resources.filter((record) => record.folderId === folderId).length;
  const tasksStored = state.tasks.filter((record) => record.task.computeInstanceId === instanceId).length;
  const resources = await pagesOf(
    emulator,
    `${ORIGIN}/backup/v1/resources?folderId=${folderId}&pageSize=${PAGE_SIZE}`,
    resourcesStored,
  );
  const tasks = await pagesOf(
    emulator,
    `${ORIGIN}/backup/v1/resources/${instanceId}/tasks?pageSize=${PAGE_SIZE}`,
    tasksStored,
  );
  for (const url of [resources.firstUrl, resources.deepUrl, tasks.firstUrl, tasks.deepUrl]) {
    const body = JSON.parse(await fetchText(emulator, url));
    const count = (body.resources ?? body.tasks).length;
    if (count !== PAGE_SIZE) throw new Error(`${url}: expected a page of ${PAGE_SIZE}, got ${count}`);
  }
  return { emulator, createMs, resourcesStored, tasksStored, resources, tasks };
}

export async function benchResourceTaskPages({ rounds, iterations }, createEmulator, generateSeed) {
  const small = await store(createEmulator, generateSeed, 1_000);
  const large = await store(createEmulator, generateSeed, 100_000);
  const call = (target, url) => () => fetchText(target.emulator, url);
  const variants = {
    resourcesFirstSmall: call(small, small.resources.firstUrl),
    resourcesFirstLarge: call(large, large.resources.firstUrl),
    resourcesDeepSmall: call(small, small.resources.deepUrl),
    resourcesDeepLarge: call(large, large.resources.deepUrl),
    tasksFirstSmall: call(small, small.tasks.firstUrl),
    tasksFirstLarge: call(large, large.tasks.firstUrl),
    tasksDeepSmall: call(small, small.tasks.deepUrl),
    tasksDeepLarge: call(large, large.tasks.deepUrl),
  };
  global.gc?.();
  const { us, vs } = await compare(variants, { rounds, iterations, warmup: 100 });
  const cpu = await compareCpuTime(variants, { rounds, iterations });
  const ratios = {};
  const row = (label, name) => {
    const ratio = us[`${name}Large`] / us[`${name}Small`];
    ratios[name] = ratio;
    return [
      [`${label}, 1k`, `${formatUs(us[`${name}Small`])}/call`],
      [
        `${label}, 100k`,
        `${formatUs(us[`${name}Large`])}/call   100k ÷ 1k ${vs(`${name}Large`, `${name}Small`)}   ${verdict(ratio <= 1.5)}   CPU ${cpu.vs(`${name}Large`, `${name}Small`)}`,
      ],
    ];
  };
  const describe = (target) =>
    `${target.resourcesStored} resources in the folder, ${target.tasksStored} tasks on the instance; state loaded by createEmulator({ state }) in ${target.createMs.toFixed(0)} ms; deep = page ${target.resources.middlePage + 1} (resources), ${target.tasks.middlePage + 1} (tasks)`;
  return {
    title: `8. One listResources and one listResourceTasks page, pageSize=${PAGE_SIZE}, emulator.fetch in-process; median per call of ${rounds} interleaved rounds × ${iterations} (goal: 100k ÷ 1k ≤ 1.5×)`,
    rows: [
      ["1k store", describe(small)],
      ["100k store", describe(large)],
      ...row("resources, first page", "resourcesFirst"),
      ...row("resources, deep page", "resourcesDeep"),
      ...row("tasks, first page", "tasksFirst"),
      ...row("tasks, deep page", "tasksDeep"),
      ["how it is indexed", INDEXING],
    ],
    figures: { ratios, us },
  };
}
