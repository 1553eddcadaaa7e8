// A bounded soak of a running emulator over loopback: N connections of mixed traffic (page walks, gets,
// deletions, recoveries and policy executions with Idempotency-Keys sent twice at once, polls, and the clock moved
// an hour now and then so that schedules and retention run) for a time or a number of requests, whichever comes
// first. It checks the invariants while it runs and returns them with the figures:
//   - no transport error and no answer ≥ 500;
//   - a page walk never repeats a backup, and never skips one that was live for the whole walk (one the service
//     removed itself meanwhile, by retention, is no longer there to read: that is not a skip);
//   - a backup is never listed after the driver saw its deletion done;
//   - one Idempotency-Key never yields two Operations.
// Used by the test suite (a short run) and by `pnpm bench` (a long one). Loopback only: `url` must be local.

const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+$/;

/** @param {number[]} sorted @param {number} fraction */
const percentile = (sorted, fraction) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] : 0;

/**
 * @param {{ url: string, connections: number, durationMs: number, maxRequests: number, random?: () => number }} options
 */
export async function runSoak({ url, connections, durationMs, maxRequests, random = Math.random }) {
  if (!LOOPBACK.test(url)) throw new Error(`soak: only a loopback URL is allowed, got ${url}`);
  const auth = { authorization: "Bearer soak" };
  const summary = await (await fetch(`${url}/_emulator`)).json();
  const folder = summary.folders.find((candidate) => !candidate.forbidden && candidate.backups > 0);
  const snapshot = await (await fetch(`${url}/_emulator/snapshot`)).json();
  /** @type {Map<string, { id: string, computeInstanceId: string }>} */
  const live = new Map();
  for (const record of snapshot.backups) {
    if (record.folderId === folder.id && !record.backup.deleted && record.resourceType === "COMPUTE") {
      live.set(record.backup.id, { id: record.backup.id, computeInstanceId: record.backup.computeInstanceId });
    }
  }
  // What a walk must show: the backups live when the run starts. One already marked deleted may be a deletion an
  // earlier run started, which can finish during this one: it may go, so it is not counted.
  const initiallyInFolder = new Set(
    snapshot.backups
      .filter((record) => record.folderId === folder.id && !record.backup.deleted)
      .map((record) => record.backup.id),
  );
  // What an execution may run on: a policy applied (and landed) to an instance of the folder.
  const instancesOfFolder = new Set(
    snapshot.instances.filter((instance) => instance.folderId === folder.id).map((instance) => instance.id),
  );
  const appliedPairs = snapshot.applications.filter(
    (application) => !application.isProcessing && instancesOfFolder.has(application.computeInstanceId),
  );

  const violations = [];
  const latencies = [];
  let requests = 0;
  let transportErrors = 0;
  let serverErrors = 0;
  /** When the driver first sent a DELETE for a backup, and when it saw that deletion done. */
  const deleteSentAt = new Map();
  const deletionDoneAt = new Map();
  /** Idempotency-Key → operation id first answered. */
  const operationByKey = new Map();
  /** Running operations to poll: id → what to note when done: a deletion's backup id, "execution", or null. */
  const toPoll = new Map();
  let executionsSeenDone = 0;
  let clockMoves = 0;
  const started = performance.now();
  const stopAt = started + durationMs;
  const keepGoing = () => requests < maxRequests && performance.now() < stopAt;

  async function send(path, init = {}) {
    requests++;
    const sentAt = performance.now();
    try {
      const response = await fetch(`${url}${path}`, { ...init, headers: { ...auth, ...init.headers } });
      const body = await response.json();
      latencies.push(performance.now() - sentAt);
      if (response.status >= 500) {
        serverErrors++;
        violations.push(`${init.method ?? "GET"} ${path} answered ${response.status}: ${body.message}`);
      }
      return { status: response.status, body, sentAt };
    } catch (error) {
      transportErrors++;
      violations.push(`${init.method ?? "GET"} ${path}: ${error.cause?.code ?? error.message}`);
      return { status: 0, body: undefined, sentAt };
    }
  }

  const pickLive = () => {
    const ids = [...live.keys()];
    return ids.length ? live.get(ids[Math.floor(random() * ids.length)]) : undefined;
  };

  function checkKey(key, body) {
    if (!body?.id) return;
    const first = operationByKey.get(key);
    if (first === undefined) operationByKey.set(key, body.id);
    else if (first !== body.id)
      violations.push(`Idempotency-Key ${key} yielded two Operations: ${first} and ${body.id}`);
  }

  /** The same mutating request sent twice at once with one key: both answers must name one Operation. */
  async function twice(path, init) {
    const key = crypto.randomUUID();
    const withKey = { ...init, headers: { ...init.headers, "idempotency-key": key } };
    const answers = await Promise.all([send(path, withKey), send(path, withKey)]);
    for (const answer of answers) if (answer.status === 200) checkKey(key, answer.body);
    return answers.find((answer) => answer.status === 200);
  }

  /** Reads a backup a walk missed back, once for all the walks that missed it at the same time. */
  const readingBack = new Map();
  function stillThere(id) {
    let answer = readingBack.get(id);
    if (!answer) {
      answer = send(`/backup/v1/backups/${id}?folderId=${folder.id}`).then(
        (after) => after.status === 200 && !after.body.deleted,
      );
      readingBack.set(id, answer);
    }
    return answer;
  }

  async function walk() {
    const walkStart = performance.now();
    const seen = new Set();
    let pageToken = "";
    do {
      const page = await send(
        `/backup/v1/backups?folderId=${folder.id}&pageSize=100${pageToken ? `&pageToken=${pageToken}` : ""}`,
      );
      if (page.status !== 200) return;
      for (const backup of page.body.backups ?? []) {
        if (seen.has(backup.id)) violations.push(`a page walk repeated backup ${backup.id}`);
        seen.add(backup.id);
        const doneAt = deletionDoneAt.get(backup.id);
        if (doneAt !== undefined && page.sentAt > doneAt)
          violations.push(`backup ${backup.id} was listed after its deletion was seen done`);
      }
      pageToken = page.body.nextPageToken ?? "";
    } while (pageToken && keepGoing());
    if (pageToken) return; // cut short by the end of the run: nothing to say about skips
    const walkEnd = performance.now();
    for (const id of initiallyInFolder) {
      const sent = deleteSentAt.get(id);
      const notDeletedByUs = sent === undefined || sent > walkEnd;
      if (!notDeletedByUs || seen.has(id)) continue;
      // Still there to read, so live throughout: the walk skipped it. Gone (retention removed it): no skip.
      if (await stillThere(id))
        violations.push(`a page walk (${(walkEnd - walkStart).toFixed(0)} ms) skipped backup ${id}, live throughout`);
      else initiallyInFolder.delete(id);
    }
  }

  async function deleteOne() {
    const backup = pickLive();
    if (!backup) return;
    live.delete(backup.id);
    if (!deleteSentAt.has(backup.id)) deleteSentAt.set(backup.id, performance.now());
    const answer = await twice(`/backup/v1/backups/${backup.computeInstanceId}/${backup.id}`, { method: "DELETE" });
    if (answer) toPoll.set(answer.body.id, backup.id);
  }

  async function recoverOne() {
    const backup = pickLive();
    if (!backup) return;
    const answer = await twice(`/backup/v1/backups/${backup.id}:startRecovery`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ computeInstanceId: backup.computeInstanceId }),
    });
    if (answer) toPoll.set(answer.body.id, null);
  }

  /** Backs up an instance now under a policy applied to it (409 while one of that instance runs: allowed). */
  async function executeOne() {
    const pair = appliedPairs[Math.floor(random() * appliedPairs.length)];
    if (!pair) return;
    const answer = await twice(`/backup/v1/policies/${pair.policyId}:execute`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ computeInstanceId: pair.computeInstanceId }),
    });
    if (answer) toPoll.set(answer.body.id, "execution");
  }

  /** An hour later on the emulator's clock: schedules due by then run (and their retention). */
  async function moveClock() {
    const answer = await fetch(`${url}/_emulator/clock/advance`, {
      method: "POST",
      body: JSON.stringify({ ms: 3_600_000 }),
    });
    requests++;
    if (answer.status !== 200) violations.push(`POST /_emulator/clock/advance answered ${answer.status}`);
    else clockMoves++;
    await answer.arrayBuffer();
  }

  async function pollOne() {
    const [operationId] = [...toPoll][Math.floor(random() * toPoll.size)] ?? [];
    if (operationId) await pollOperation(operationId);
  }

  async function pollOperation(operationId) {
    const noteWhenDone = toPoll.get(operationId);
    const answer = await send(`/operations/${operationId}`);
    if (answer.status === 200 && answer.body.done) {
      toPoll.delete(operationId);
      if (noteWhenDone === "execution") {
        if (answer.body.response) executionsSeenDone++;
      } else if (noteWhenDone && answer.body.response) deletionDoneAt.set(noteWhenDone, performance.now());
    }
  }

  async function getOne() {
    const backup = pickLive();
    if (backup) await send(`/backup/v1/backups/${backup.id}?folderId=${folder.id}`);
  }

  async function worker() {
    while (keepGoing()) {
      const roll = random();
      if (roll < 0.15) await walk();
      else if (roll < 0.55) await getOne();
      else if (roll < 0.65) await deleteOne();
      else if (roll < 0.72) await recoverOne();
      else if (roll < 0.77) await executeOne();
      else if (roll < 0.78) await moveClock();
      else await pollOne();
    }
  }

  await Promise.all(Array.from({ length: connections }, worker));
  // The operations still running get a few last polls, so that what the run started is seen to finish (or not)
  // whatever the random order of polls was.
  for (const operationId of [...toPoll.keys()]) {
    for (let poll = 0; poll < 3 && toPoll.has(operationId); poll++) await pollOperation(operationId);
  }
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests,
    elapsedMs,
    requestsPerSecond: (requests / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    transportErrors,
    serverErrors,
    deletionsSeenDone: deletionDoneAt.size,
    executionsSeenDone,
    clockMoves,
    idempotencyKeys: operationByKey.size,
    violations,
  };
}
