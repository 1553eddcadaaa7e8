// Run in a fresh process with --expose-gc by heap.mjs, so that nothing the other measurements left behind sits in
// the heap. Sends back heapUsed before and after createEmulator({ seed: { backups } }), both after full GCs.
import { EMULATOR_INDEX_URL } from "./paths.mjs";

const backups = Number(process.argv[2]);
const { createEmulator } = await import(EMULATOR_INDEX_URL);
// A first, default emulator loads the modules and builds what is built once per process (router, spec plans),
// so that the difference below is the state alone.
createEmulator();
const settledHeap = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
};

const before = settledHeap();
const started = performance.now();
const emulator = createEmulator({ seed: { backups } });
const createMs = performance.now() - started;
const after = settledHeap();
const stored = emulator.describe().backups;
// The yardstick: the same backups as compact JSON text (what a snapshot of them weighs as a string).
const jsonBytes = emulator.snapshot().backups.reduce((total, record) => total + JSON.stringify(record).length, 0);
process.send({ before, after, stored, createMs, jsonBytes, keptAlive: typeof emulator.fetch === "function" });
