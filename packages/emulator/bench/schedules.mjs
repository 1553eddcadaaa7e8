// 9. Schedules on a manual clock: one advance of 30 days with 1,000 instances, each under a daily policy (the
// default folder's "Default daily": 03:00 UTC, keep the last 15), so 30,000 runs, each a backup and a retention
// pass. Baselines in the same state: the same jump with those applications' policy paused (nothing due: what
// the jump itself costs), without retention rules (what removing 15,000 backups from the listings costs), and
// the same 30 days as 30 advances of a day (what splitting a jump costs). Figures only: no goal was set.
import { median } from "./medians.mjs";
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { formatMs, formatUs } from "./report.mjs";

const DAY_MS = 86_400_000;
const START = "2026-11-01T00:00:00Z";

/** The default seed plus `count` registered, online instances in the default folder, each under its daily policy. */
function stateWith(generateSeed, folderId, count, { paused = false, keepAll = false } = {}) {
  const state = generateSeed();
  const policy = state.policies.find((entry) => entry.folderId === folderId && entry.name === "Default daily");
  if (paused) policy.settings.scheduling.enabled = false;
  if (keepAll) policy.settings.retention.rules = [];
  const template = state.resources.find((record) => record.folderId === folderId && record.resource.online);
  for (let index = 0; index < count; index++) {
    const id = `fhmbench${String(index).padStart(12, "0")}`;
    const resourceId = `BENCH-${String(index).padStart(8, "0")}`;
    state.instances.push({ id, folderId, name: `bench-${index}`, kind: "COMPUTE", resourceId });
    const resource = structuredClone(template);
    Object.assign(resource.resource, { computeInstanceId: id, resourceId, type: "COMPUTE" });
    delete resource.resource.lastBackupTime;
    resource.seq = state.resources.length;
    state.resources.push(resource);
    state.applications.push({
      policyId: policy.id,
      computeInstanceId: id,
      enabled: true,
      status: "OK",
      createdAt: START,
      isProcessing: false,
    });
  }
  return state;
}

function timeJumps(createEmulator, state, jumps, jumpMs) {
  const emulator = createEmulator({ state, clock: { manual: true, startAt: START } });
  const before = emulator.snapshot();
  const started = performance.now();
  for (let jump = 0; jump < jumps; jump++) emulator.clock.advance(jumpMs);
  const ms = performance.now() - started;
  const after = emulator.snapshot();
  return { ms, made: after.nextSeq - before.nextSeq, live: after.backups.length - before.backups.length };
}

export async function benchSchedules({ rounds, instances = 1_000, days = 30 }) {
  const { createEmulator, generateSeed, DEFAULT_SEED_FOLDER_ID } = await import(EMULATOR_INDEX_URL);
  const busy = stateWith(generateSeed, DEFAULT_SEED_FOLDER_ID, instances);
  const paused = stateWith(generateSeed, DEFAULT_SEED_FOLDER_ID, instances, { paused: true });
  const keepAll = stateWith(generateSeed, DEFAULT_SEED_FOLDER_ID, instances, { keepAll: true });
  const kept = [];
  const one = [];
  const split = [];
  const idle = [];
  let last;
  // Interleaved rounds, so that a GC pause or a busy neighbour lands on every variant alike.
  for (let round = 0; round < rounds; round++) {
    last = timeJumps(createEmulator, busy, 1, days * DAY_MS);
    one.push(last.ms);
    split.push(timeJumps(createEmulator, busy, days, DAY_MS).ms);
    idle.push(timeJumps(createEmulator, paused, 1, days * DAY_MS).ms);
    kept.push(timeJumps(createEmulator, keepAll, 1, days * DAY_MS).ms);
  }
  const jump = median(one);
  return {
    title: `9. Schedules: advance a manual clock by ${days} days, ${instances.toLocaleString("en")} instances under a daily policy (figures only)`,
    rows: [
      [
        `one advance of ${days} days`,
        `median ${formatMs(jump)} of ${rounds} rounds; ${last.made.toLocaleString("en")} backups made (the seed's own policies included), ${last.live.toLocaleString("en")} more live after retention`,
      ],
      ["  per backup made", `${formatUs((jump * 1000) / last.made)} (backup, retention pass, resource, next run)`],
      [
        `the same as ${days} advances of a day`,
        `median ${formatMs(median(split))} (${(median(split) / jump).toFixed(2)}× the one jump)`,
      ],
      [
        "the same jump, no retention rule",
        `median ${formatMs(median(kept))} (${((median(kept) / jump) * 100).toFixed(0)}%: the rest is retention taking backups out of the sorted listings)`,
      ],
      [
        `the same jump, their policy paused`,
        `median ${formatMs(median(idle))} (${((median(idle) / jump) * 100).toFixed(1)}% of the busy jump: nothing is done per minute jumped)`,
      ],
    ],
    figures: { jumpMs: jump, made: last.made },
  };
}
