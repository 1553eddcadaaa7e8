// The soak's server: the emulator's bin in a child process, as soak/start-server.mjs starts it, plus the heap
// sampler (heap-sampler.mjs) preloaded into it. samples() reads what it has written so far. With `snapshots`,
// the child also writes a V8 heap snapshot on each SIGUSR2 (node's --heapsnapshot-signal), into a folder of
// its own, for heap-snapshot-diff.mjs.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawnServer, stopProcessGroup } from "@backup-api/process-helpers";
import { EMULATOR_BIN } from "./paths.mjs";

const SAMPLER_URL = new URL("./heap-sampler.mjs", import.meta.url).href;

export async function startSampledEmulator(emulatorArgs, { sampleEveryMs, snapshots = false }) {
  const folder = mkdtempSync(join(tmpdir(), "backup-api-bench-heap-"));
  const samplesFile = join(folder, "samples.jsonl");
  const snapshotArgs = snapshots ? ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${folder}`] : [];
  try {
    const { child, url } = await spawnServer({
      command: process.execPath,
      args: ["--expose-gc", ...snapshotArgs, "--import", SAMPLER_URL, EMULATOR_BIN, "--port", "0", ...emulatorArgs],
      env: { ...process.env, BENCH_HEAP_SAMPLES_FILE: samplesFile, BENCH_HEAP_SAMPLE_MS: String(sampleEveryMs) },
      urlPattern: /Backup API emulator on (http:\/\/\S+)/,
    });
    return {
      url,
      pid: child.pid,
      /** Every sample so far, oldest first: { at (epoch ms), heapUsed, heapTotal, rss, external, arrayBuffers }. */
      samples() {
        let text = "";
        try {
          text = readFileSync(samplesFile, "utf8");
        } catch {
          // None written yet.
        }
        return text
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line));
      },
      /** Asks for a heap snapshot; resolves to its path once the child answers again (writing it blocks the child). */
      async heapSnapshot() {
        if (!snapshots) throw new Error("startSampledEmulator: started without { snapshots: true }");
        const before = new Set(readdirSync(folder));
        process.kill(child.pid, "SIGUSR2");
        const deadline = performance.now() + 120_000;
        for (;;) {
          if (performance.now() > deadline)
            throw new Error(`no heap snapshot written in ${folder} within 120 s of SIGUSR2 (pid ${child.pid})`);
          await new Promise((resolve) => setTimeout(resolve, 200));
          const written = readdirSync(folder).find((name) => name.endsWith(".heapsnapshot") && !before.has(name));
          // The answer comes only after the snapshot is written out: the event loop was blocked until then.
          if (written && (await fetch(`${url}/_emulator`)).ok) return join(folder, written);
        }
      },
      async stop() {
        await stopProcessGroup(child);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
