// `pnpm --filter @backup-api/emulator bench`: the emulator's performance against baselines measured in this same
// run (Steady, Prism, a bare node:http server, a smaller store, generateSeed, JSON.stringify…). Figures are reported, never asserted: timings vary
// by machine. Needs a build (dist/) and the bundled spec. Tunables (environment):
//   BENCH_DURATION      seconds per autocannon run (default 5)     BENCH_WARMUP   warm-up seconds per server (1)
//   BENCH_START_ROUNDS  spawn → first 200 rounds per server (5)    BENCH_RUNS     warm createEmulator runs (20)
//   BENCH_COLD_RUNS     fresh processes for the cold figure (3)    BENCH_ROUNDS   list rounds (15)
//   BENCH_ITERATIONS    list calls per variant per round (40)      BENCH_ONLY     e.g. "1,4": only those sections
//   BENCH_SOAK_SECONDS  seconds of each soak run (60)              BENCH_HEAP_SAMPLE_MS  heap sampling in the soak (2000)
//   BENCH_HEAP_SNAPSHOTS=1  the soak also diffs two heap snapshots of the server (after warm-up, at the end) and
//                           prints what grew, by constructor; slow, and writing them inflates the RSS figures
//   BENCH_ONLY=8        only the resources and tasks pages (8b: the same pages over HTTP against a bare server)
//   BENCH_SCHEDULE_ROUNDS  30-day jumps timed in section 9 (5)
//   BENCH_KEPT_DAYS     emulated days of the kept-state churn (60)  BENCH_KEPT_PER_DAY  apply/revoke pairs a day (250)
//   BENCH_FLEET         instances under a daily policy for a day in section 10 (1000)
// Steady is the devDependency @stdy/cli (its binary ships in @stdy/cli-<platform>-<arch>); only the bench runs it.
import { cpus } from "node:os";
import { benchCreateEmulator } from "./create-emulator.mjs";
import { benchCreateEmulatorLarge } from "./create-emulator-large.mjs";
import { benchGetProfile } from "./get-profile.mjs";
import { benchGetThroughput } from "./get-throughput.mjs";
import { benchHeap } from "./heap.mjs";
import { benchKeptState } from "./kept-state.mjs";
import { benchListBreakdown } from "./list-breakdown.mjs";
import { benchListPage } from "./list-page.mjs";
import { benchListThroughput } from "./list-throughput.mjs";
import { benchSchedules } from "./schedules.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { printSection } from "./report.mjs";
import { benchResourceTaskPages } from "./resource-task-pages.mjs";
import { benchResourceTaskThroughput } from "./resource-task-throughput.mjs";
import { seedTarget } from "./seed-target.mjs";
import { benchSoak } from "./soak.mjs";
import { benchStartup } from "./startup.mjs";
import { summarise } from "./summary.mjs";

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
  heapSampleMs: setting("BENCH_HEAP_SAMPLE_MS", 2000),
  heapSnapshots: process.env.BENCH_HEAP_SNAPSHOTS === "1",
  scheduleRounds: setting("BENCH_SCHEDULE_ROUNDS", 5),
  keptDays: setting("BENCH_KEPT_DAYS", 60),
  keptPairsPerDay: setting("BENCH_KEPT_PER_DAY", 250),
  fleetSize: setting("BENCH_FLEET", 1000),
};
if (settings.heapSampleMs === 0)
  throw new RangeError("BENCH_HEAP_SAMPLE_MS must be > 0 (milliseconds between samples)");
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((part) => part.trim())) : undefined;
const wanted = (section) => !only || only.has(section);

const started = performance.now();
console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}); loopback only`);
const show = ({ title, rows }) => printSection(title, rows);

const measured = {};
const keep = (name, section) => {
  measured[name] = section;
  show(section);
};

if (wanted("1")) keep("getThroughput", await benchGetThroughput(settings));
if (wanted("2")) keep("startup", await benchStartup({ rounds: settings.startRounds }));
if (wanted("3")) {
  show(await benchCreateEmulator({ runs: settings.createRuns, coldRuns: settings.coldRuns }));
  show(await benchCreateEmulatorLarge({ runs: Math.min(settings.createRuns, 7) }));
}
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
  show(
    await benchGetProfile(
      { rounds: settings.listRounds, iterations: settings.listIterations, profileCalls: 5000 },
      list.large,
      path,
    ),
  );
}
if (wanted("5")) show(await benchHeap({ backups: 100_000 }));
if (wanted("6")) keep("listThroughput", await benchListThroughput(settings));
if (wanted("7"))
  show(
    await benchSoak({
      seconds: settings.soakSeconds,
      sampleEveryMs: settings.heapSampleMs,
      snapshots: settings.heapSnapshots,
    }),
  );
if (wanted("8")) {
  const { createEmulator, generateSeed } = await import(EMULATOR_INDEX_URL);
  show(
    await benchResourceTaskPages(
      { rounds: settings.listRounds, iterations: settings.listIterations },
      createEmulator,
      generateSeed,
    ),
  );
}
if (wanted("9")) show(await benchSchedules({ rounds: settings.scheduleRounds }));
if (wanted("10"))
  show(
    await benchKeptState({
      days: settings.keptDays,
      pairsPerDay: settings.keptPairsPerDay,
      fleetSize: settings.fleetSize,
    }),
  );
if (wanted("8b")) show(await benchResourceTaskThroughput(settings));
if (Object.keys(measured).length > 0) show(summarise(measured));
console.log(`\nbench done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
