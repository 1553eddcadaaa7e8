import type { Backup, ListBackupsResponse } from "@backup-api/types";
import { BackupInvalidResponseError } from "../errors/errors.js";
import type { CallOptions } from "../pipeline/options.js";

type Query = Record<string, unknown>;
type Fetch = (query: Query, o: CallOptions) => Promise<ListBackupsResponse>;

/**
 * Lazily walks every page: the next page is fetched only when the current one is used up, and only one page is
 * held at a time, so memory stays flat however many backups there are. A hand-written iterator rather than an
 * async generator: each item costs one promise instead of a generator round trip.
 */
export function pages(first: Query, fetchPage: Fetch, o: CallOptions): AsyncIterableIterator<Backup> {
  let items: Backup[] = [];
  let i = 0;
  // the query of the next page to fetch; none once the walk is over
  let q: Query | undefined = first;
  const it: AsyncIterableIterator<Backup> = {
    [Symbol.asyncIterator]: () => it,
    async next() {
      while (i >= items.length) {
        // let the used-up page go before fetching the next, so two pages are never alive at once
        items = [];
        if (!q) return { value: undefined, done: true };
        const page = await fetchPage(q, o);
        const token = page.nextPageToken;
        if (token && token === q.pageToken) {
          q = undefined;
          throw new BackupInvalidResponseError("backups.listAll: the server sent the same nextPageToken twice");
        }
        // listing by policy takes no pageToken, so there is never a second page to ask for
        q = token && first.policyId === undefined ? { ...first, pageToken: token } : undefined;
        items = page.backups ?? [];
        i = 0;
      }
      return { value: items[i++]!, done: false };
    },
    async return() {
      q = undefined;
      items = [];
      return { value: undefined, done: true };
    },
  };
  return it;
}
