// GET /backup/v1/backups — one page of backups under one selector, sorted by creation time, keyset-paginated.
import { notFound } from "../http/api-error.js";
import { parseFilter } from "../list/filter.js";
import { parseOrderBy } from "../list/order-by.js";
import { paginate } from "../list/paginate.js";
import type { BackupRecord } from "../state/model.js";
import type { MemoryStore } from "../state/store.js";
import { wireJson } from "../state/wire-json-cache.js";
import { specOperation } from "../spec/bundled-spec.js";
import { assertFolderReadable, findBackup } from "./access.js";
import type { Handler } from "./context.js";
import { chooseSelector, type ChosenSelector } from "./list-selectors.js";

const listParameters = specOperation("list").parameters;
const defaultOf = (name: string) => listParameters.find((parameter) => parameter.name === name)?.schema.default;
const DEFAULT_PAGE_SIZE = Number(defaultOf("pageSize"));
const DEFAULT_ORDER_BY = String(defaultOf("orderBy"));

/** The listing a selector reads, after checking the caller may read it. */
function listingFor(store: MemoryStore, { selector, values }: ChosenSelector): readonly BackupRecord[] {
  const field = (name: string) => values[`${selector.name}.${name}`];
  let key: string;
  switch (selector.name) {
    case "archive": {
      const folderId = field("folderId")!;
      assertFolderReadable(store, folderId);
      const archive = store.archives.get(field("archiveId")!);
      if (!archive || archive.folderId !== folderId)
        throw notFound("Archive", `${field("archiveId")} in folder ${folderId}`);
      key = `archive:${archive.archive.id}`;
      break;
    }
    case "backup":
      return [findBackup(store, field("backupId")!, field("folderId")!)];
    case "folderId":
      assertFolderReadable(store, values.folderId!);
      key = `folder:${values.folderId}`;
      break;
    case "instancePolicy": {
      const instanceId = field("computeInstanceId");
      const policyId = field("policyId");
      key =
        instanceId && policyId
          ? `instancePolicy:${instanceId}/${policyId}`
          : instanceId
            ? `instance:${instanceId}`
            : `policy:${policyId}`;
      break;
    }
    case "computeInstanceId":
      key = `instance:${values.computeInstanceId}`;
      break;
    case "resourceId":
      key = `resource:${values.resourceId}`;
      break;
    case "policyId":
      key = `policy:${values.policyId}`;
      break;
    default:
      throw new Error(`emulator: the spec has a list selector ${selector.name} that the emulator does not know`);
  }
  const listing = store.listing(key);
  // An instance, an archive, a policy and a resource each live in one folder: its first backup tells which.
  if (listing[0]) assertFolderReadable(store, listing[0].folderId);
  return listing;
}

export const list: Handler = async ({ request, store, pageTokens }) => {
  const { query } = request;
  const chosen = chooseSelector(query);
  const direction = parseOrderBy(query.orderBy as string | undefined, DEFAULT_ORDER_BY);
  const range = parseFilter(query.filter as string | undefined);
  const type = query.type as string | undefined;
  // The page token is bound to everything that shapes the listing except the page size, which may change.
  const queryIdentity = JSON.stringify([chosen.selector.name, chosen.values, direction, range, type ?? ""]);
  const pageToken = query.pageToken as string | undefined;
  const after = pageToken === undefined ? undefined : await pageTokens.decode(pageToken, queryIdentity);
  const listing = listingFor(store, chosen);
  const page = paginate(listing, {
    direction,
    range,
    after,
    pageSize: (query.pageSize as number | undefined) || DEFAULT_PAGE_SIZE,
    accept:
      type === undefined || type === "RESOURCE_TYPE_UNSPECIFIED"
        ? () => true
        : (record) => record.resourceType === type,
  });
  const last = page.records.at(-1);
  return {
    schemaName: "ListBackupsResponse",
    body: {
      backups: page.records.map((record) => wireJson(record.backup, "Backup")),
      nextPageToken: page.hasMore && last ? await pageTokens.encode(last, queryIdentity) : "",
    },
  };
};
