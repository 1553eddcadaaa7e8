// The two stores the list measurements compare (1,000 and 100,000 backups in the default folder) and the
// requests they send: a first page, and a page from the middle of the listing reached by its pageToken.
import { AUTH_HEADERS } from "./seed-target.mjs";

export const PAGE_SIZE = 100;
const ORIGIN = "http://emulator.local";

export function listUrl(folderId, { pageSize = PAGE_SIZE, pageToken } = {}) {
  const query = new URLSearchParams({ folderId, pageSize: String(pageSize) });
  if (pageToken) query.set("pageToken", pageToken);
  return `${ORIGIN}/backup/v1/backups?${query}`;
}

/** One call as a test would make it: the Request built, the whole answer read. */
export async function fetchText(emulator, url) {
  const response = await emulator.fetch(url, { headers: AUTH_HEADERS });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Follows nextPageToken `pages` times: the token that starts page `pages + 1`. */
export async function tokenOfPage(emulator, folderId, pages) {
  let pageToken;
  for (let page = 0; page < pages; page++) {
    pageToken = JSON.parse(await fetchText(emulator, listUrl(folderId, { pageToken }))).nextPageToken;
    if (!pageToken) throw new Error(`the listing ended after ${page + 1} pages`);
  }
  return pageToken;
}

/** An emulator holding `backups` backups in the default folder, with the URLs of its first and middle pages. */
export async function listStore(createEmulator, folderId, backups) {
  const started = performance.now();
  const emulator = createEmulator({ seed: { backups } });
  const createMs = performance.now() - started;
  const folderSize = emulator.describe().folders.find((folder) => folder.id === folderId).backups;
  const middlePage = Math.floor(folderSize / PAGE_SIZE / 2);
  const firstUrl = listUrl(folderId);
  const deepUrl = listUrl(folderId, { pageToken: await tokenOfPage(emulator, folderId, middlePage) });
  for (const url of [firstUrl, deepUrl]) {
    const count = JSON.parse(await fetchText(emulator, url)).backups.length;
    if (count !== PAGE_SIZE) throw new Error(`expected a page of ${PAGE_SIZE}, got ${count}`);
  }
  return {
    emulator,
    folderId,
    createMs,
    stored: emulator.describe().backups,
    folderSize,
    middlePage,
    firstUrl,
    deepUrl,
  };
}
