// 7. The soak: mixed traffic (page walks, gets, deletions and recoveries with repeated Idempotency-Keys, polls)
// at 10 and 50 connections against the emulator's bin, the invariants of soak/soak-driver.mjs checked as it
// runs. Reports requests per second, p99 latency, and the server's memory after warm-up and at the end (goal:
// flat): RSS from /proc, and the heap after a full GC sampled inside the server process (heap-sampler.mjs).
import { readFileSync } from "node:fs";
import { runSoak } from "../soak/soak-driver.mjs";
import { startSampledEmulator } from "./soak-server.mjs";

/** Resident set size of a process in MiB, from /proc (Linux); undefined elsewhere. */
function rssMiB(pid) {
  try {
    const kilobytes = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const mib = (value) => (value === undefined ? "n/a" : `${value.toFixed(1)} MiB`);
const toMiB = (bytes) => bytes / 2 ** 20;
const growthText = (from, to) => (from && to ? `${(((to - from) / from) * 100).toFixed(1)} %` : "n/a");

/** Least-squares slope of heapUsed over time, in MiB per minute: a trend that one noisy sample cannot fake. */
function slopeMiBPerMinute(samples) {
  if (samples.length < 2) return undefined;
  const xs = samples.map((sample) => sample.at / 60_000);
  const ys = samples.map((sample) => toMiB(sample.heapUsed));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let index = 0; index < xs.length; index++) {
    covariance += (xs[index] - meanX) * (ys[index] - meanY);
    variance += (xs[index] - meanX) ** 2;
  }
  return covariance / variance;
}

/** Heap and RSS after GC over the measured run: its first sample from `measuredFrom` against the last. */
function describeHeap(samples, measuredFrom) {
  const measured = samples.filter((sample) => sample.at >= measuredFrom);
  if (measured.length < 2) return { text: `heap after GC: ${measured.length} sample(s), too few to compare` };
  const first = measured[0];
  const last = measured.at(-1);
  const peak = Math.max(...measured.map((sample) => sample.heapUsed));
  const slope = slopeMiBPerMinute(measured);
  return {
    text:
      `heap after GC ${mib(toMiB(first.heapUsed))} → ${mib(toMiB(last.heapUsed))} (${growthText(first.heapUsed, last.heapUsed)}, ` +
      `peak ${mib(toMiB(peak))}, trend ${slope.toFixed(2)} MiB/min, ${measured.length} samples)   ` +
      `RSS after GC ${mib(toMiB(first.rss))} → ${mib(toMiB(last.rss))} (${growthText(first.rss, last.rss)})`,
    firstHeap: first.heapUsed,
    lastHeap: last.heapUsed,
  };
}

async function soakAt(connections, seconds, { sampleEveryMs, snapshots }) {
  const server = await startSampledEmulator(["--backups", "20000", "--delete-ms", "500", "--recovery-ms", "1000"], {
    sampleEveryMs,
    snapshots,
  });
  try {
    // Warm-up: a tenth of the run, not counted; then RSS and the heap are read at their steady level.
    await runSoak({ url: server.url, connections, durationMs: Math.max(1000, seconds * 100), maxRequests: Infinity });
    const rssAfterWarmUp = rssMiB(server.pid);
    const measuredFrom = Date.now();
    const snapshotAfterWarmUp = snapshots ? await server.heapSnapshot() : undefined;
    const result = await runSoak({ url: server.url, connections, durationMs: seconds * 1000, maxRequests: Infinity });
    const rssAtEnd = rssMiB(server.pid);
    // From one sampling interval into the run: after its opening snapshot request (see the note row).
    const heap = describeHeap(server.samples(), measuredFrom + sampleEveryMs);
    const snapshotAtEnd = snapshots ? await server.heapSnapshot() : undefined;
    const growthRows = [];
    if (snapshots) {
      const { diffHeapSnapshots } = await import("./heap-snapshot-diff.mjs");
      const { byConstructor, newByHolder } = diffHeapSnapshots(snapshotAfterWarmUp, snapshotAtEnd, 8);
      const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
      for (const [name, count, bytes] of byConstructor)
        growthRows.push(["  grew", `${name}: ${count >= 0 ? "+" : ""}${count} objects, ${kib(bytes)}`]);
      for (const [holder, count, bytes] of newByHolder)
        growthRows.push(["  new, held by", `${holder}: ${count} objects, ${kib(bytes)}`]);
    }
    return [
      `${connections} connections`,
      `${result.requestsPerSecond.toFixed(0).padStart(5)} req/s   p50 ${result.p50Ms.toFixed(1)} ms   p99 ${result.p99Ms.toFixed(1)} ms   ` +
        `${result.requests} requests, ${result.deletionsSeenDone} deletions done, ${result.idempotencyKeys} keys   ` +
        `transport errors ${result.transportErrors}   ≥ 500: ${result.serverErrors}   invariants broken: ${result.violations.length}   ` +
        `RSS ${mib(rssAfterWarmUp)} → ${mib(rssAtEnd)} (${growthText(rssAfterWarmUp, rssAtEnd)})`,
      heap.text,
      result.violations.slice(0, 3),
      growthRows,
    ];
  } finally {
    await server.stop();
  }
}

export async function benchSoak({ seconds, sampleEveryMs = 2000, snapshots = false }) {
  const rows = [];
  for (const connections of [10, 50]) {
    const [label, figures, heap, violations, growthRows] = await soakAt(connections, seconds, {
      sampleEveryMs,
      snapshots,
    });
    rows.push([label, figures], ["", heap]);
    for (const violation of violations) rows.push(["  broken", violation]);
    rows.push(...growthRows);
  }
  rows.push([
    "note",
    "RSS (/proc) is read after warm-up, before the run's opening GET /_emulator/snapshot (all 20,000 backups in one " +
      "answer, about 24 MiB of JSON) whose memory the allocator keeps: RSS after GC, from one sampling interval into the run, is the flat check",
  ]);
  return {
    title: `7. Soak: ${seconds} s of mixed traffic per run after ${Math.max(1, seconds / 10)} s warm-up, invariants checked as it runs; heap after GC sampled in the server every ${sampleEveryMs / 1000} s (goal: 0 errors, 0 broken, RSS and heap after GC flat)`,
    rows: snapshots
      ? [...rows, ["note", "heap snapshots were written during these runs: RSS includes what writing them took"]]
      : rows,
  };
}
