// GET /backup/v1/resources/{computeInstanceId}/tasks — one page of the tasks stored for a resource's instance
// (src/tasks/task-log.ts makes them), newest first, keyset-paginated by the same tokens as `list`.
import { paginate } from "../list/paginate.js";
import { specOperation } from "../spec/bundled-spec.js";
import { wireJson } from "../state/wire-json-cache.js";
import { findResource } from "./access.js";
import type { Handler } from "./context.js";

const DEFAULT_PAGE_SIZE = Number(
  specOperation("listResourceTasks").parameters.find((parameter) => parameter.name === "pageSize")?.schema.default,
);

export const listResourceTasks: Handler = async ({ request, store, pageTokens }) => {
  const { query } = request;
  const computeInstanceId = request.path.computeInstanceId!;
  findResource(store, computeInstanceId);
  // Bound to the resource: a token from another resource's listing is refused.
  const queryIdentity = JSON.stringify(["listResourceTasks", computeInstanceId]);
  const pageToken = query.pageToken as string | undefined;
  const after = pageToken === undefined ? undefined : await pageTokens.decode(pageToken, queryIdentity);
  const page = paginate(store.tasksOf(computeInstanceId), {
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
      tasks: page.records.map((record) => wireJson(record.task, "Task")),
      nextPageToken: page.hasMore && last ? await pageTokens.encode(last, queryIdentity) : "",
    },
  };
};
