// `pnpm --filter @backup-api/emulator bench`: the emulator's performance against baselines measured in this same
// run (Prism, a smaller store, generateSeed, JSON.stringify…). Figures are reported, never asserted: timings vary
// by machine. Needs a build (dist/) and the bundled spec. Tunables (environment):
//   BENCH_DURATION      seconds per autocannon run (default 5)     BENCH_WARMUP   warm-up seconds per server (1)
//   BENCH_START_ROUNDS  spawn → first 200 rounds per server (5)    BENCH_RUNS     warm createEmulator runs (20)
//   BENCH_COLD_RUNS     fresh processes for the cold figure (3)    BENCH_ROUNDS   list rounds (15)
//   BENCH_ITERATIONS    list calls per variant per round (40)      BENCH_ONLY     e.g. "1,4": only those sections
//   BENCH_SOAK_SECONDS  seconds of each soak run (60)            BENCH_SCHEDULE_ROUNDS  30-day jumps timed (5)
import { cpus } from "node:os";
import { benchCreateEmulator } from "./create-emulator.mjs";
import { benchGetThroughput } from "./get-throughput.mjs";
import { benchHeap } from "./heap.mjs";
import { benchListBreakdown } from "./list-breakdown.mjs";
import { benchListPage } from "./list-page.mjs";
import { benchListThroughput } from "./list-throughput.mjs";
import { benchSchedules } from "./schedules.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { printSection } from "./report.mjs";
import { seedTarget } from "./seed-target.mjs";
import { benchSoak } from "./soak.mjs";
import { benchStartup } from "./startup.mjs";

const setting = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!(value >= 0)) throw new RangeError(`${name} must be a number ≥ 0, got ${process.env[name]}`);
  return value;
};
const settings = {
  durationSeconds: setting("BENCH_DURATION", 5),
  warmupSeconds: setting("BENCH_WARMUP", 1),
  connections: 10,
  startRounds: setting("BENCH_START_ROUNDS", 5),
  createRuns: setting("BENCH_RUNS", 20),
  coldRuns: setting("BENCH_COLD_RUNS", 3),
  listRounds: setting("BENCH_ROUNDS", 15),
  listIterations: setting("BENCH_ITERATIONS", 40),
  soakSeconds: setting("BENCH_SOAK_SECONDS", 60),
  scheduleRounds: setting("BENCH_SCHEDULE_ROUNDS", 5),
};
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((part) => part.trim())) : undefined;
const wanted = (section) => !only || only.has(section);

const started = performance.now();
console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}); loopback only`);
const show = ({ title, rows }) => printSection(title, rows);

if (wanted("1")) show(await benchGetThroughput(settings));
if (wanted("2")) show(await benchStartup({ rounds: settings.startRounds }));
if (wanted("3")) show(await benchCreateEmulator({ runs: settings.createRuns, coldRuns: settings.coldRuns }));
if (wanted("4")) {
  const { createEmulator, DEFAULT_SEED_FOLDER_ID } = await import(EMULATOR_INDEX_URL);
  const list = await benchListPage(
    { rounds: settings.listRounds, iterations: settings.listIterations },
    createEmulator,
    DEFAULT_SEED_FOLDER_ID,
  );
  show(list);
  const { path } = await seedTarget();
  show(
    await benchListBreakdown(
      { rounds: settings.listRounds, iterations: settings.listIterations, profileCalls: 500 },
      list.large,
      path,
    ),
  );
}
if (wanted("5")) show(await benchHeap({ backups: 100_000 }));
if (wanted("6")) show(await benchListThroughput(settings));
if (wanted("7")) show(await benchSoak({ seconds: settings.soakSeconds }));
if (wanted("8")) show(await benchSchedules({ rounds: settings.scheduleRounds }));
console.log(`\nbench done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
