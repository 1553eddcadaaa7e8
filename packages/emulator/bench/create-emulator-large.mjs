// 3b. createEmulator({ seed: { backups: 100000 } }): the seed's largest store (every backup with its BACKUP task)
// made and indexed in one call, warm, median of a few runs. generateSeed() alone is the baseline that splits it
// into "making the data" and "indexing it".
import { median } from "./medians.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { formatMs } from "./report.mjs";

const BACKUPS = 100_000;

/** Wall-clock and CPU milliseconds of one call (CPU time leaves out what other processes took meanwhile). */
function timeOnce(work) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export async function benchCreateEmulatorLarge({ runs }) {
  const { createEmulator, generateSeed } = await import(EMULATOR_INDEX_URL);
  const options = { seed: { backups: BACKUPS } };
  timeOnce(() => createEmulator(options));
  const create = [];
  const seed = [];
  for (let run = 0; run < runs; run++) {
    global.gc?.();
    create.push(timeOnce(() => createEmulator(options)));
    global.gc?.();
    seed.push(timeOnce(() => generateSeed({ backups: BACKUPS })));
  }
  const wall = (samples) => median(samples.map((sample) => sample.wallMs));
  const cpu = (samples) => median(samples.map((sample) => sample.cpuMs));
  return {
    title: `3b. createEmulator({ seed: { backups: ${BACKUPS} } }), warm, in-process (every seeded backup has its stored BACKUP task)`,
    rows: [
      [
        "createEmulator",
        `median ${formatMs(wall(create))} (CPU ${formatMs(cpu(create))}) of ${runs} runs after 1 warm-up`,
      ],
      ["  of which generateSeed()", `median ${formatMs(wall(seed))} (CPU ${formatMs(cpu(seed))})`],
    ],
    figures: { createMs: wall(create), seedMs: wall(seed), createCpuMs: cpu(create), seedCpuMs: cpu(seed) },
  };
}
