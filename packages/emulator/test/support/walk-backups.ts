// Walks a backups listing one backup a page, following its page tokens: what a client paging through sees.
import { expect } from "vitest";
import type { TestEmulator } from "./emulator.js";

/** Every backup id the listing `query` reaches, in order, one page of one backup at a time. */
export async function walkBackupIds(target: TestEmulator, query: string, maxPages = 10_000): Promise<string[]> {
  const ids: string[] = [];
  let token = "";
  for (let page = 0; page < maxPages; page++) {
    const { status, body } = await target.json(
      "GET",
      `/backup/v1/backups?${query}&pageSize=1${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`,
    );
    expect(status).toBe(200);
    ids.push(...(body.backups ?? []).map((backup: any) => backup.id));
    token = body.nextPageToken ?? "";
    if (!token) return ids;
  }
  throw new Error(`more than ${maxPages} pages`);
}
