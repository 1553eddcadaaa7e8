import type { Backup, ListBackupsResponse } from "@backup-api/types";
import { BackupInvalidResponseError } from "../errors/errors.js";
import type { CallOptions } from "../pipeline/options.js";

type Fetch = (query: Record<string, unknown>, o: CallOptions) => Promise<ListBackupsResponse>;

/**
 * Lazily walks every page: the next page is fetched only when the current one is used up, and only one page is
 * held at a time, so memory stays flat however many backups there are. A hand-written iterator rather than an
 * async generator: each item costs one resolved promise instead of a generator round trip.
 */
export function pages(first: Record<string, unknown>, fetchPage: Fetch, o: CallOptions): AsyncIterableIterator<Backup> {
  let items: Backup[] = [];
  let i = 0;
  let token: string | undefined;
  let started = false;
  let finished = false;
  const end = (): IteratorReturnResult<undefined> => {
    finished = true;
    items = [];
    return { value: undefined, done: true };
  };

  const fill = async (): Promise<IteratorResult<Backup, undefined>> => {
    for (;;) {
      if (finished || (started && !token)) return end();
      const page = await fetchPage(started ? { ...first, pageToken: token } : first, o);
      started = true;
      const next = page.nextPageToken || undefined;
      if (next && next === token) {
        end();
        throw new BackupInvalidResponseError("backups.listAll: the server sent the same nextPageToken twice");
      }
      // listing by policy takes no pageToken, so there is never a second page to ask for
      token = first.policyId === undefined ? next : undefined;
      items = page.backups ?? [];
      i = 0;
      if (items.length) return { value: items[i++]!, done: false };
    }
  };

  const it: AsyncIterableIterator<Backup> = {
    [Symbol.asyncIterator]: () => it,
    next: () => (i < items.length ? Promise.resolve({ value: items[i++]!, done: false }) : fill()),
    return: () => Promise.resolve(end()),
  };
  return it;
}
