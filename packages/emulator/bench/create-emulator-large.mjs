// 3b. createEmulator({ seed: { backups: 100000 } }): the seed's largest store (every backup with its BACKUP task)
// made and indexed in one call, warm, median of a few runs. generateSeed() alone is the baseline that splits it
// into "making the data" and "indexing it".
import { median } from "./medians.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { formatMs } from "./report.mjs";

const BACKUPS = 100_000;

function timeOnce(work) {
  const started = performance.now();
  work();
  return performance.now() - started;
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
  return {
    title: `3b. createEmulator({ seed: { backups: ${BACKUPS} } }), warm, in-process (every seeded backup has its stored BACKUP task)`,
    rows: [
      ["createEmulator", `median ${formatMs(median(create))} of ${runs} runs after 1 warm-up`],
      ["  of which generateSeed()", `median ${formatMs(median(seed))}`],
    ],
    figures: { createMs: median(create), seedMs: median(seed) },
  };
}
