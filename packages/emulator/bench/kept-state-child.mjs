// Run in a fresh process with --expose-gc by kept-state.mjs, so that the heap holds this measurement alone. Two
// runs on a manual clock, heapUsed read after full GCs, sent back as one message:
// - churn: `days` emulated days of apply/revoke pairs on one instance, each with its Idempotency-Key, sampled at
//   the end of each day: it grows while the rules have not dropped anything yet (30 days of finished operations),
//   then stays flat;
// - fleet: 1,000 instances registered and under the seed's daily policy, the clock moved one day in hours, so
//   that schedules (where the emulator has them) make their backups and tasks.
import { EMULATOR_INDEX_URL } from "./paths.mjs";

const [days, pairsPerDay, fleetSize] = process.argv.slice(2).map(Number);
const { createEmulator, DEFAULT_SEED_FOLDER_ID, DEFAULT_SEED_NOW } = await import(EMULATOR_INDEX_URL);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORIGIN = "http://emulator.local";

const settledHeap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

let keys = 0;
async function post(emulator, path, body) {
  const response = await emulator.fetch(`${ORIGIN}${path}`, {
    method: "POST",
    headers: {
      authorization: "Bearer bench",
      "content-type": "application/json",
      "idempotency-key": `00000000-0000-4000-8000-${String(++keys).padStart(12, "0")}`,
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Registers `count` new COMPUTE instances in the default folder and waits (on the clock) for them to be REGISTRED. */
function registerFleet(emulator, count) {
  const ids = [];
  for (let index = 0; index < count; index++)
    ids.push(emulator.agents.register({ folderId: DEFAULT_SEED_FOLDER_ID, kind: "COMPUTE" }).computeInstanceId);
  emulator.clock.advance(HOUR);
  return ids;
}

const dailyPolicyOf = (state) =>
  state.policies.find(
    (policy) =>
      policy.folderId === DEFAULT_SEED_FOLDER_ID && policy.settings.scheduling?.backupSets?.[0]?.time?.type === "DAILY",
  ) ?? state.policies.find((policy) => policy.folderId === DEFAULT_SEED_FOLDER_ID);

async function churn() {
  const emulator = createEmulator({ clock: { manual: true, startAt: DEFAULT_SEED_NOW } });
  const [instanceId] = registerFleet(emulator, 1);
  const policy = dailyPolicyOf(emulator.snapshot());
  // One pair first: what the first requests build once (validators, plans) is not what the rules bound.
  await post(emulator, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instanceId });
  emulator.clock.advance(HOUR);
  await post(emulator, `/backup/v1/policies/${policy.id}:revoke`, { computeInstanceId: instanceId });
  emulator.clock.advance(HOUR);
  const baseline = settledHeap();
  const stepMs = DAY / (pairsPerDay * 2);
  const samples = [];
  const started = performance.now();
  for (let day = 1; day <= days; day++) {
    for (let pair = 0; pair < pairsPerDay; pair++) {
      await post(emulator, `/backup/v1/policies/${policy.id}:apply`, { computeInstanceId: instanceId });
      emulator.clock.advance(stepMs);
      await post(emulator, `/backup/v1/policies/${policy.id}:revoke`, { computeInstanceId: instanceId });
      emulator.clock.advance(stepMs);
    }
    let state = emulator.snapshot();
    const counts = {
      operations: state.operations.length,
      keys: Object.keys(state.idempotencyKeys).length,
      tasks: state.tasks.filter((record) => record.task.computeInstanceId === instanceId).length,
      allTasks: state.tasks.length,
      backups: state.backups.length,
    };
    state = undefined;
    samples.push({ day, heapUsed: settledHeap() - baseline, ...counts });
  }
  return { samples, mutations: days * pairsPerDay * 2, seconds: (performance.now() - started) / 1000 };
}

/**
 * The fleet's state: `fleetSize` instances registered (as their agents would) and bound to the daily policy. The
 * cloud's quota lets applyPolicy connect only 50 VMs, so the applications are written into the state directly.
 */
function fleetState() {
  const maker = createEmulator({ clock: { manual: true, startAt: DEFAULT_SEED_NOW } });
  const ids = registerFleet(maker, fleetSize);
  const state = maker.snapshot();
  const policy = dailyPolicyOf(state);
  const createdAt = new Date(maker.clock.now()).toISOString();
  for (const computeInstanceId of ids)
    state.applications.push({
      policyId: policy.id,
      computeInstanceId,
      enabled: true,
      status: "OK",
      createdAt,
      isProcessing: false,
    });
  return { state, policy, startAt: maker.clock.now() };
}

async function fleet() {
  // Before the state is built: the emulator that made it and the plain state itself are gone when it is read next.
  const before = settledHeap();
  let { state, policy, startAt } = fleetState();
  const seededBackups = state.backups.length;
  const seededTasks = state.tasks.length;
  const emulator = createEmulator({ state, clock: { manual: true, startAt } });
  // createEmulator keeps a copy of what it is given.
  state = undefined;
  const applied = settledHeap() - before;
  for (let hour = 0; hour < 24; hour++) emulator.clock.advance(HOUR);
  let after = emulator.snapshot();
  const counts = {
    backupsMade: after.backups.length - seededBackups,
    tasksMade: after.tasks.length - seededTasks,
    operations: after.operations.length,
  };
  // The copy is not the emulator's: let it go before the heap is read.
  after = undefined;
  const afterDay = settledHeap() - before;
  return { policyName: policy.name, applied, afterDay, ...counts, keptAlive: typeof emulator.fetch === "function" };
}

process.send({ churn: await churn(), fleet: await fleet() });
