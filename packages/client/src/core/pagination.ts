import type { WithResponse } from "./options.js";
import { BackupInvalidResponseError } from "./errors.js";

/**
 * Every item of a paginated list (`backups.listAll`, `resources.listAll`, …), page after page. The next page is
 * asked for only once the loop has used up the current one, and a used-up page is let go before the next one is
 * fetched, so memory stays flat however many items there are. Breaking out of the loop ends it. `apiMethod`
 * names the method in the error of a server that repeats a page token.
 */
export async function* followPages<Query extends { pageToken?: string }, Page extends { nextPageToken: string }, Item>(
  apiMethod: string,
  firstQuery: Query,
  paginated: boolean,
  fetchPage: (query: Query) => Promise<WithResponse<Page>>,
  itemsOf: (page: Page) => Item[],
): AsyncGenerator<Item, void, undefined> {
  let query = firstQuery;
  for (;;) {
    const { data, response, requestId } = await fetchPage(query);
    yield* itemsOf(data);
    // a selector that takes no pageToken answers in one page: there is never a second one to ask for
    if (!paginated || !data.nextPageToken) return;
    if (data.nextPageToken === query.pageToken) {
      throw new BackupInvalidResponseError(`${apiMethod}: the server sent the same nextPageToken twice`, {
        status: response.status,
        requestId,
      });
    }
    query = { ...firstQuery, pageToken: data.nextPageToken };
  }
}
