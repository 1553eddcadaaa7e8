import { afterEach, describe, expect, it } from "vitest";
import { BackupAbortError, BackupInvalidResponseError } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { json, scriptedServer, status, type Handler } from "../support/server.js";

let close: () => Promise<void> = async () => {};
afterEach(() => close());

const page = (ids: string[], next?: string): Handler => json(200, { backups: ids.map((id) => ({ id })), nextPageToken: next });
const tokens = (s: { seen: { url: string }[] }) => s.seen.map((r) => new URL(r.url, "http://x").searchParams.get("pageToken"));

describe("listAll", () => {
  it("follows nextPageToken across pages and yields every backup in order", async () => {
    const s = await scriptedServer([page(["a", "b"], "p2"), page(["c"], "p3"), page(["d", "e"])]);
    close = s.close;
    const ids: string[] = [];
    for await (const b of testClient(s.url).backups.listAll({ folderId: "f1", pageSize: 2 })) ids.push(b.id!);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(tokens(s)).toEqual([null, "p2", "p3"]);
    expect(s.seen.every((r) => r.url.includes("folderId=f1") && r.url.includes("pageSize=2"))).toBe(true);
  });

  it("is lazy: the next page is fetched only when the current one is used up", async () => {
    const s = await scriptedServer([page(["a", "b"], "p2"), page(["c"])]);
    close = s.close;
    const it = testClient(s.url).backups.listAll({ computeInstanceId: "i1" });
    expect(s.seen).toHaveLength(0);
    await it.next();
    await it.next();
    expect(s.seen).toHaveLength(1);
    expect((await it.next()).value).toEqual({ id: "c" });
    expect(s.seen).toHaveLength(2);
    expect((await it.next()).done).toBe(true);
  });

  it("stops fetching when the loop breaks", async () => {
    const s = await scriptedServer([page(["a", "b"], "p2"), page(["c"], "p3")]);
    close = s.close;
    for await (const b of testClient(s.url).backups.listAll({ folderId: "f" })) if (b.id === "a") break;
    expect(s.seen).toHaveLength(1);
  });

  it("ends for good when closed mid-page: no more items from that page, no more pages", async () => {
    const s = await scriptedServer([page(["a", "b", "c"], "p2"), page(["d"])]);
    close = s.close;
    const it = testClient(s.url).backups.listAll({ folderId: "f" });
    expect((await it.next()).value).toEqual({ id: "a" });
    expect(await it.return!()).toEqual({ value: undefined, done: true });
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(s.seen).toHaveLength(1);
  });

  it("skips empty pages and handles an empty result ({})", async () => {
    const s = await scriptedServer([json(200, { nextPageToken: "p2" }), json(200, {})]);
    close = s.close;
    const all = [];
    for await (const b of testClient(s.url).backups.listAll({ folderId: "f" })) all.push(b);
    expect(all).toEqual([]);
    expect(s.seen).toHaveLength(2);
  });

  it("asks for one page only when listing by policy (no pageToken allowed)", async () => {
    const s = await scriptedServer([page(["a"], "p2"), page(["b"])]);
    close = s.close;
    const all = [];
    for await (const b of testClient(s.url).backups.listAll({ policyId: "p" })) all.push(b);
    expect(all).toEqual([{ id: "a" }]);
    expect(s.seen).toHaveLength(1);
  });

  it("fails instead of looping forever when the server repeats a page token", async () => {
    const s = await scriptedServer([page(["a"], "same")]);
    close = s.close;
    const err = await (async () => {
      for await (const _ of testClient(s.url).backups.listAll({ folderId: "f" })) void _;
    })().catch((e) => e);
    expect(err).toBeInstanceOf(BackupInvalidResponseError);
    expect(s.seen).toHaveLength(2);
  });

  it("retries a failed page and carries on", async () => {
    const s = await scriptedServer([page(["a"], "p2"), json(503, status(14, "x")), page(["b"])]);
    close = s.close;
    const ids = [];
    for await (const b of testClient(s.url).backups.listAll({ folderId: "f" })) ids.push(b.id);
    expect(ids).toEqual(["a", "b"]);
    expect(tokens(s)).toEqual([null, "p2", "p2"]);
  });

  it("stops at once when the signal aborts between pages", async () => {
    const s = await scriptedServer([page(["a"], "p2"), page(["b"])]);
    close = s.close;
    const ac = new AbortController();
    const err = await (async () => {
      for await (const _ of testClient(s.url).backups.listAll({ folderId: "f" }, { signal: ac.signal })) ac.abort();
    })().catch((e) => e);
    expect(err).toBeInstanceOf(BackupAbortError);
    expect(s.seen).toHaveLength(1);
  });

  it("sends nothing before the first next(), and never fetches a page ahead of need", async () => {
    const s = await scriptedServer([page(["a", "b"], "p2"), page(["c"])]);
    close = s.close;
    const pause = () => new Promise((r) => setTimeout(r, 100));
    const it = testClient(s.url).backups.listAll({ folderId: "f" });
    await pause();
    expect(s.seen).toHaveLength(0);
    await it.next();
    await it.next();
    await pause();
    expect(s.seen).toHaveLength(1);
  });

  it("yields backups even when called with withResponse (a JS caller past the types)", async () => {
    const s = await scriptedServer([page(["a"])]);
    close = s.close;
    const ids = [];
    for await (const b of testClient(s.url).backups.listAll({ folderId: "f" }, { withResponse: true } as never)) ids.push(b.id);
    expect(ids).toEqual(["a"]);
  });
});
