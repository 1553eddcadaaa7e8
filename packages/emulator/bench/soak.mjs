// 7. The soak: mixed traffic (page walks, gets, deletions and recoveries with repeated Idempotency-Keys, polls)
// at 10 and 50 connections against the emulator's bin, the invariants of soak/soak-driver.mjs checked as it
// runs. Reports requests per second, p99 latency and the server's RSS after warm-up and at the end (goal: flat).
import { readFileSync } from "node:fs";
import { runSoak } from "../soak/soak-driver.mjs";
import { startEmulatorProcess } from "../soak/start-server.mjs";

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

async function soakAt(connections, seconds) {
  const server = await startEmulatorProcess(["--backups", "20000", "--delete-ms", "500", "--recovery-ms", "1000"]);
  try {
    // Warm-up: a tenth of the run, not counted; then RSS is read at its steady level.
    await runSoak({ url: server.url, connections, durationMs: Math.max(1000, seconds * 100), maxRequests: Infinity });
    const rssAfterWarmUp = rssMiB(server.pid);
    const result = await runSoak({ url: server.url, connections, durationMs: seconds * 1000, maxRequests: Infinity });
    const rssAtEnd = rssMiB(server.pid);
    const growth =
      rssAfterWarmUp && rssAtEnd ? `${(((rssAtEnd - rssAfterWarmUp) / rssAfterWarmUp) * 100).toFixed(1)} %` : "n/a";
    return [
      `${connections} connections`,
      `${result.requestsPerSecond.toFixed(0).padStart(5)} req/s   p50 ${result.p50Ms.toFixed(1)} ms   p99 ${result.p99Ms.toFixed(1)} ms   ` +
        `${result.requests} requests, ${result.deletionsSeenDone} deletions done, ${result.idempotencyKeys} keys   ` +
        `transport errors ${result.transportErrors}   ≥ 500: ${result.serverErrors}   invariants broken: ${result.violations.length}   ` +
        `RSS ${mib(rssAfterWarmUp)} → ${mib(rssAtEnd)} (${growth})`,
      result.violations.slice(0, 3),
    ];
  } finally {
    await server.stop();
  }
}

export async function benchSoak({ seconds }) {
  const rows = [];
  for (const connections of [10, 50]) {
    const [label, figures, violations] = await soakAt(connections, seconds);
    rows.push([label, figures]);
    for (const violation of violations) rows.push(["  broken", violation]);
  }
  return {
    title: `7. Soak: ${seconds} s of mixed traffic per run, invariants checked as it runs (goal: 0 errors, 0 broken, RSS flat)`,
    rows,
  };
}
