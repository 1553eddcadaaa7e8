// A short soak over real sockets (the load is the point): mixed traffic at 10 and 50 connections against the
// emulator in a child process, with the invariants of soak/soak-driver.mjs checked as it runs. The figures are
// printed, never asserted: the long run and its figures are in `pnpm bench`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSoak } from "../../soak/soak-driver.mjs";
import { startEmulatorProcess } from "../../soak/start-server.mjs";

let server: Awaited<ReturnType<typeof startEmulatorProcess>>;
beforeAll(async () => {
  // Operations finish after 2 polls, not on the clock, so what the run covers does not depend on the machine's speed.
  server = await startEmulatorProcess(["--backups", "3000", "--complete-after-polls", "2"]);
});
afterAll(() => server?.stop());

describe("soak (short)", () => {
  it.each([10, 50])(
    "%i connections: no transport error, nothing ≥ 500, no invariant broken",
    { timeout: 90_000 },
    async (connections) => {
      // Bounded by the number of requests; the time limit is only a safety net.
      const result = await runSoak({ url: server.url, connections, durationMs: 60_000, maxRequests: 1_500 });
      console.log(
        `soak ${connections} connections: ${result.requests} requests in ${result.elapsedMs.toFixed(0)} ms, ` +
          `${result.deletionsSeenDone} deletions and ${result.executionsSeenDone} executions seen done, ${result.clockMoves} clock moves, ${result.idempotencyKeys} idempotency keys`,
      );
      expect(result.violations).toEqual([]);
      expect(result.transportErrors).toBe(0);
      expect(result.serverErrors).toBe(0);
      // The run did what it is for: walks, deletions and executions finished, keys repeated.
      expect(result.requests).toBeGreaterThanOrEqual(1_500);
      expect(result.deletionsSeenDone).toBeGreaterThan(0);
      expect(result.executionsSeenDone).toBeGreaterThan(0);
      expect(result.idempotencyKeys).toBeGreaterThan(0);
    },
  );
});
