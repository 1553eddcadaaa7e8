// Preloaded into the emulator's own process by the soak (`node --expose-gc --import <this file> bin …`), so that
// the heap is read where it lives, with no control route: every BENCH_HEAP_SAMPLE_MS a full GC, then
// process.memoryUsage(), appended as one JSON line to BENCH_HEAP_SAMPLES_FILE. The GC pauses the server for a few
// milliseconds each time; the soak's figures include that.
import { appendFileSync } from "node:fs";

const samplesFile = process.env.BENCH_HEAP_SAMPLES_FILE;
const everyMs = Number(process.env.BENCH_HEAP_SAMPLE_MS ?? 2000);
if (!samplesFile) throw new Error("heap-sampler: BENCH_HEAP_SAMPLES_FILE must name the file to append samples to");
if (!(everyMs > 0)) throw new Error(`heap-sampler: BENCH_HEAP_SAMPLE_MS must be > 0, got ${everyMs}`);
if (typeof globalThis.gc !== "function") throw new Error("heap-sampler: start node with --expose-gc");

function sample() {
  // Twice: the first full GC may leave what finalizers or weak callbacks free only on the next.
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage();
  appendFileSync(
    samplesFile,
    `${JSON.stringify({ at: Date.now(), heapUsed, heapTotal, rss, external, arrayBuffers })}\n`,
  );
}

// unref: the sampler alone never keeps the server alive.
setInterval(sample, everyMs).unref();
