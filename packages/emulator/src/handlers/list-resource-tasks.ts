// GET /backup/v1/resources/{computeInstanceId}/tasks — one page of the tasks the agent ran on a resource, newest
// first. The emulator has no agent: a resource's tasks are the BACKUP tasks of the backups it holds of the
// instance (deleted ones too, while their record remains), each completed OK, derived from the backup — so the
// history follows the backups with nothing more to store, and pages by the same keyset tokens as `list`.
import type { Task } from "@backup-api/types";
import { paginate } from "../list/paginate.js";
import { specOperation } from "../spec/bundled-spec.js";
import type { BackupRecord } from "../state/model.js";
import { findResource } from "./access.js";
import type { Handler } from "./context.js";

const DEFAULT_PAGE_SIZE = Number(
  specOperation("listResourceTasks").parameters.find((parameter) => parameter.name === "pageSize")?.schema.default,
);
/** The agent's throughput, which sets how long a backup task ran: 100 MiB/s, at least a minute. */
const BYTES_PER_MS = (100 * 2 ** 20) / 1000;

function taskOf(record: BackupRecord): Task {
  const { backup } = record;
  const size = backup.size;
  const completedAtMs = record.createdAtMs + Math.max(60_000, Math.round(Number(size) / BYTES_PER_MS));
  const completedAt = new Date(completedAtMs).toISOString();
  return {
    // Tasks are numbered in the order their backups were made.
    id: String(record.seq + 1),
    cancellable: false,
    policyId: backup.policyId,
    type: "BACKUP",
    progress: { current: size, total: size },
    status: "COMPLETED",
    enqueuedAt: backup.createdAt,
    startedAt: backup.createdAt,
    updatedAt: completedAt,
    completedAt,
    computeInstanceId: backup.computeInstanceId,
    resultCode: "OK",
    error: "",
  };
}

export const listResourceTasks: Handler = async ({ request, store, pageTokens }) => {
  const { query } = request;
  const computeInstanceId = request.path.computeInstanceId!;
  findResource(store, computeInstanceId);
  const queryIdentity = JSON.stringify(["listResourceTasks", computeInstanceId]);
  const pageToken = query.pageToken as string | undefined;
  const after = pageToken === undefined ? undefined : await pageTokens.decode(pageToken, queryIdentity);
  const page = paginate(store.listing(`instance:${computeInstanceId}`), {
    direction: "desc",
    range: { from: undefined, to: undefined },
    after,
    pageSize: (query.pageSize as number | undefined) || DEFAULT_PAGE_SIZE,
    accept: () => true,
  });
  const last = page.records.at(-1);
  return {
    schemaName: "ListTasksResponse",
    body: {
      tasks: page.records.map(taskOf),
      nextPageToken: page.hasMore && last ? await pageTokens.encode(last, queryIdentity) : "",
    },
  };
};
