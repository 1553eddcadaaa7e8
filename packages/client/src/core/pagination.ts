import type { ListBackupsQuery } from "@backup-api/types";
import type { Backup, ListBackupsResponse } from "@backup-api/types/decoded";
import { BackupInvalidResponseError } from "./errors.js";
import type { WithResponse } from "./options.js";

/**
 * Every backup the query matches, page after page. The next page is asked for only once the loop has used up
 * the current one, and a used-up page is let go before the next one is fetched, so memory stays flat however
 * many backups there are. Breaking out of the loop ends it.
 */
export async function* listAllBackups(
  firstQuery: ListBackupsQuery,
  paginated: boolean,
  fetchPage: (query: ListBackupsQuery) => Promise<WithResponse<ListBackupsResponse>>,
): AsyncGenerator<Backup, void, undefined> {
  let query = firstQuery;
  for (;;) {
    const { data, response, requestId } = await fetchPage(query);
    yield* data.backups;
    // a selector that takes no pageToken answers in one page: there is never a second one to ask for
    if (!paginated || !data.nextPageToken) return;
    if (data.nextPageToken === query.pageToken) {
      throw new BackupInvalidResponseError("backups.listAll: the server sent the same nextPageToken twice", {
        status: response.status,
        requestId,
      });
    }
    query = { ...firstQuery, pageToken: data.nextPageToken };
  }
}
