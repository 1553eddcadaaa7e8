// 3. createEmulator() with the default seed: warm (in this process, median of many runs after a warm-up) and
// cold (the first call in fresh processes). generateSeed() alone is the baseline that splits the warm figure
// into "making the data" and "indexing it + wiring the emulator".
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { median } from "./medians.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { formatMs, verdict } from "./report.mjs";

const COLD_SCRIPT = fileURLToPath(new URL("./create-emulator-cold.mjs", import.meta.url));

function timeRuns(work, runs) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function coldRun() {
  const { stdout } = await promisify(execFile)(process.execPath, [COLD_SCRIPT], { timeout: 30_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1));
}

export async function benchCreateEmulator({ runs, coldRuns }) {
  const cold = [];
  for (let run = 0; run < coldRuns; run++) cold.push(await coldRun());
  const coldMedian = (field) => median(cold.map((sample) => sample[field]));

  const { createEmulator, generateSeed } = await import(EMULATOR_INDEX_URL);
  // Interleaved, so that a GC pause or a busy neighbour lands on both alike.
  timeRuns(() => createEmulator(), 5);
  timeRuns(() => generateSeed(), 5);
  const create = [];
  const seed = [];
  for (let run = 0; run < runs; run++) {
    create.push(...timeRuns(() => createEmulator(), 1));
    seed.push(...timeRuns(() => generateSeed(), 1));
  }
  const warm = median(create);
  const firstCreate = coldMedian("firstCreateMs");
  return {
    title: `3. createEmulator() with the default seed (goal: under 50 ms, cold and warm)`,
    rows: [
      ["warm, in-process", `median ${formatMs(warm)} of ${runs} runs after 5 warm-up   ${verdict(warm < 50)}`],
      [
        "  of which generateSeed()",
        `median ${formatMs(median(seed))} (${((median(seed) / warm) * 100).toFixed(0)}% of createEmulator)`,
      ],
      [
        "cold, fresh process",
        `first createEmulator() ${formatMs(firstCreate)} (median of ${coldRuns} processes: ${cold.map((sample) => sample.firstCreateMs.toFixed(1)).join(", ")})   ${verdict(firstCreate < 50)}`,
      ],
      ["  before it: import dist/index.js", `${formatMs(coldMedian("importMs"))}`],
      ["  second createEmulator()", `${formatMs(coldMedian("secondCreateMs"))}`],
      [
        "  first request",
        `${formatMs(coldMedian("firstRequestMs"))}, second ${formatMs(coldMedian("secondRequestMs"))}   (list, pageSize=1, emulator.fetch)`,
      ],
    ],
    figures: { warmMs: warm, coldMs: firstCreate },
  };
}
