// backup-api-emulator [--port N] [--host H] [--seed N] [--backups N] [--now T] [--manual-clock]: serves the
// emulator until Ctrl-C.
import { parseArgs } from "node:util";
import { CONTROL_PREFIX } from "../control/control-api.js";
import { openSqliteStorage } from "../sqlite/sqlite-storage.js";
import { OPERATION_KINDS, type OperationTimings } from "../operations/timing.js";
import type { OperationKind } from "../state/model.js";
import { serveEmulator, DEFAULT_PORT, type RunningEmulatorServer } from "./serve-emulator.js";

const USAGE = `Usage: backup-api-emulator [options]

A stateful emulator of the Cloud Backup API (Backup resource) on one port: the API's routes, the operations
host's GET /operations/{id}, and the control API under ${CONTROL_PREFIX}.

Options:
  --port <n>     port to listen on (default: $PORT, else ${DEFAULT_PORT}; 0 picks a free one)
  --host <h>     interface to bind (default 127.0.0.1)
  --seed <n>     seed of the generated data (default 1)
  --backups <n>  backups in the default folder (default 60; up to 100000 and more)
  --now <time>   RFC 3339 time the seed is generated up to and the clock starts at (default: the seed's
                 2026-11-01T00:00:00Z, and the clock at the real time)
  --manual-clock the clock stands still (at --now, else at the real time) and moves only by
                 POST ${CONTROL_PREFIX}/clock/advance {"ms": 86400000}: tests decide what "now" is
  --data <file>  keep the state in this SQLite file across restarts (default: $EMULATOR_DATA, else in memory);
                 needs the optional peer dependency better-sqlite3 12.x
  --recovery-ms <n>           how long a recovery takes (default 5000)
  --delete-ms <n>             how long a deletion takes (default 2000)
  --registration-ms <n>       how long an agent takes to register a machine (default 30000)
  --complete-after-polls <n>  operations finish after n polls instead (for tests)
  --help         this text`;

function integerOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

// RFC 3339 with its offset: `Date.parse` alone would take "2026" or "Nov 1 2026", and a time without an offset
// as local time, so the seed would depend on the machine's time zone.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

function timeOption(name: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!RFC_3339.test(text) || !Number.isFinite(Date.parse(text)))
    throw new Error(`--${name} must be an RFC 3339 time such as 2026-11-01T00:00:00Z, got ${JSON.stringify(text)}`);
  return text;
}

/** A walkthrough against the running emulator: list, recover, poll. */
export function walkthrough(running: RunningEmulatorServer): string {
  const summary = running.emulator.describe();
  const folder = summary.folders.find((candidate) => !candidate.forbidden && candidate.backups > 0)!;
  const instance = summary.instances.find(
    (candidate) => candidate.folderId === folder.id && candidate.kind === "COMPUTE" && candidate.backups > 0,
  )!;
  const url = running.url;
  return [
    `  export API=${url} TOKEN=any-token`,
    `  # list the folder's backups, newest first`,
    `  curl -s -H "Authorization: Bearer $TOKEN" "$API/backup/v1/backups?folderId=${folder.id}&pageSize=5"`,
    `  # recover the newest backup of ${instance.name} onto its own instance`,
    `  BACKUP=$(curl -s -H "Authorization: Bearer $TOKEN" "$API/backup/v1/backups?computeInstanceId=${instance.id}&pageSize=1" | node -pe 'JSON.parse(require("fs").readFileSync(0)).backups[0].id')`,
    `  OP=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -H "Idempotency-Key: $(node -p 'crypto.randomUUID()')" \\`,
    `    -d '{"computeInstanceId":"${instance.id}"}' "$API/backup/v1/backups/$BACKUP:startRecovery" | node -pe 'JSON.parse(require("fs").readFileSync(0)).id')`,
    `  # poll the operation until "done": true (about 5 seconds)`,
    `  curl -s -H "Authorization: Bearer $TOKEN" "$API/operations/$OP"`,
  ].join("\n");
}

export async function runCli(argv: readonly string[]): Promise<RunningEmulatorServer | undefined> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      backups: { type: "string" },
      data: { type: "string" },
      "recovery-ms": { type: "string" },
      "delete-ms": { type: "string" },
      "registration-ms": { type: "string" },
      "complete-after-polls": { type: "string" },
      now: { type: "string" },
      "manual-clock": { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const seed = integerOption("seed", values.seed);
  const backups = integerOption("backups", values.backups);
  const polls = integerOption("complete-after-polls", values["complete-after-polls"]);
  const registrationMs = integerOption("registration-ms", values["registration-ms"]);
  const now = timeOption("now", values.now);
  const manualClock = values["manual-clock"] === true;
  const timing = (durationText: string | undefined, name: string) => {
    const durationMs = integerOption(name, durationText);
    return {
      ...(durationMs !== undefined && { durationMs }),
      ...(polls !== undefined && { completeAfterPolls: polls }),
    };
  };
  const durationFlags: Partial<Record<OperationKind, string | undefined>> = {
    recovery: values["recovery-ms"],
    delete: values["delete-ms"],
  };
  const dataFile = values.data ?? (process.env.EMULATOR_DATA || undefined);
  const storage = dataFile === undefined ? undefined : openSqliteStorage(dataFile);
  const running = await serveEmulator({
    ...(values.port !== undefined && { port: integerOption("port", values.port)! }),
    ...(values.host !== undefined && { host: values.host }),
    seed: { ...(seed !== undefined && { seed }), ...(backups !== undefined && { backups }), ...(now && { now }) },
    clock: { manual: manualClock, ...(now && { startAt: now }) },
    // --complete-after-polls applies to every kind; only recoveries and deletions take a length of their own.
    operations: Object.fromEntries(
      OPERATION_KINDS.map((kind) => [kind, timing(durationFlags[kind], `${kind}-ms`)]),
    ) as OperationTimings,
    ...(registrationMs !== undefined && { registration: { durationMs: registrationMs } }),
    ...(storage && { storage }),
  });
  const clockNow = new Date(running.emulator.clock.now()).toISOString();
  // One write of the whole banner: a client already waiting is answered right after it.
  console.log(
    [
      `Backup API emulator on ${running.url}`,
      `  API:        ${running.url}/backup/v1/backups   (client: baseUrl "${running.url}")`,
      `  operations: ${running.url}/operations/{operationId}`,
      `  control:    ${running.url}${CONTROL_PREFIX}`,
      manualClock
        ? `  clock:      manual, at ${clockNow} (moves only by POST ${running.url}${CONTROL_PREFIX}/clock/advance {"ms": n})`
        : `  clock:      real time${now ? `, started at ${clockNow}` : ""} (--manual-clock to stop it)`,
      `  state:      ${storage ? `${storage.location} (SQLite, kept across restarts)` : "in memory (--data <file> to keep it)"}`,
      `Try it:\n${walkthrough(running)}`,
    ].join("\n"),
  );
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Closed by its caller (a test, a script), it no longer answers those signals.
  const close = running.close;
  return {
    ...running,
    close: () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      return close();
    },
  };
}
