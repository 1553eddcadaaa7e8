// GET /backup/v1/resources?folderId=… — one page of the folder's registered resources, oldest registration
// first, keyset-paginated like the backups' list (the page token carries the last resource's sort key).
import { paginate } from "../list/paginate.js";
import { specOperation } from "../spec/bundled-spec.js";
import { resourceAnswer } from "../resources/resource-view.js";
import { findFolder } from "./access.js";
import type { Handler } from "./context.js";

const DEFAULT_PAGE_SIZE = Number(
  specOperation("listResources").parameters.find((parameter) => parameter.name === "pageSize")?.schema.default,
);

export const listResources: Handler = async ({ request, store, pageTokens, operations, schedules }) => {
  const { query } = request;
  const folderId = query.folderId as string;
  findFolder(store, folderId);
  const type = query.type as string | undefined;
  const queryIdentity = JSON.stringify(["listResources", folderId, type ?? ""]);
  const pageToken = query.pageToken as string | undefined;
  const after = pageToken === undefined ? undefined : await pageTokens.decode(pageToken, queryIdentity);
  // The store keeps each folder's resources sorted: a page is a binary search and a walk of one page.
  const page = paginate(store.resourcesIn(folderId), {
    direction: "asc",
    range: { from: undefined, to: undefined },
    after,
    pageSize: (query.pageSize as number | undefined) || DEFAULT_PAGE_SIZE,
    accept:
      type === undefined || type === "RESOURCE_TYPE_UNSPECIFIED"
        ? () => true
        : (record) => record.resource.type === type,
  });
  const last = page.records.at(-1);
  return {
    schemaName: "ListResourcesResponse",
    body: {
      resources: page.records.map((record) => resourceAnswer(record, operations, schedules)),
      nextPageToken: page.hasMore && last ? await pageTokens.encode(last, queryIdentity) : "",
    },
  };
};
