// listAll over PAGES × PAGE_SIZE backups: time vs a hand-written page loop, and heap growth.
import { createBackupClient } from "../dist/index.js";
import { median, spread } from "./stats.mjs";

const heap = () => process.memoryUsage().heapUsed;
const PAGE = 1000;

/**
 * Time of one walk, nothing else measured (no sampling in the loop). A full GC first (outside the timing), so no
 * walk pays for collecting the 100 MB of pages the previous one left behind.
 */
async function timed(walk) {
  globalThis.gc?.();
  const t0 = performance.now();
  const n = await walk(() => {});
  return { ms: performance.now() - t0, n };
}

/**
 * Heap of one walk: after a full GC, `retained` is the most the heap held after a GC at each page boundary
 * (what the walk keeps alive: flat means nothing accumulates); `peak` is the most heapUsed reached, garbage
 * included, between those per-page GCs. Needs --expose-gc.
 */
async function heapOf(walk) {
  globalThis.gc();
  const before = heap();
  let retained = 0;
  let peak = 0;
  let n = 0;
  await walk(() => {
    if (++n % 100 === 0) peak = Math.max(peak, heap() - before);
    if (n % PAGE === 0) {
      globalThis.gc();
      retained = Math.max(retained, heap() - before);
    }
  });
  return { retained: retained / 1e6, peak: peak / 1e6 };
}

export async function benchListAll(base, total, { rounds = 21 } = {}) {
  const handLoop = async (onItem) => {
    let token;
    let n = 0;
    do {
      const url = `${base}/backup/v1/backups?folderId=f1&pageSize=${PAGE}${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`;
      const res = await fetch(url, { headers: { authorization: "Bearer t1.token" } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const page = await res.json();
      for (const b of page.backups ?? []) onItem(b), n++;
      token = page.nextPageToken;
    } while (token);
    return n;
  };
  const client = createBackupClient({ iamToken: "t1.token", baseUrl: base });
  const listAll = async (onItem) => {
    let n = 0;
    for await (const b of client.backups.listAll({ folderId: "f1", pageSize: PAGE })) onItem(b), n++;
    return n;
  };

  await timed(handLoop);
  await timed(listAll);
  const hand = [];
  const ours = [];
  for (let r = 0; r < rounds; r++) {
    // interleaved, alternating which goes first
    if (r % 2) ours.push(await timed(listAll)), hand.push(await timed(handLoop));
    else hand.push(await timed(handLoop)), ours.push(await timed(listAll));
  }
  for (const m of [...hand, ...ours]) if (m.n !== total) throw new Error(`walked ${m.n} backups, expected ${total}`);
  const t = (xs) => median(xs.map((m) => m.ms));
  // the spread of the per-pair ratios shows how much noise the ratio of medians sits in
  const pairs = spread(ours.map((m, i) => m.ms / hand[i].ms));
  const mem = {
    hand: globalThis.gc ? await heapOf(handLoop) : undefined,
    ours: globalThis.gc ? await heapOf(listAll) : undefined,
  };
  const heapLine = (m) =>
    m
      ? `heap kept ${m.retained.toFixed(1)} MB (peak between per-page GCs ${m.peak.toFixed(1)} MB)`
      : "run with --expose-gc for heap";
  return {
    "hand-written page loop": `${t(hand).toFixed(0)} ms, ${heapLine(mem.hand)}`,
    "client.backups.listAll": `${t(ours).toFixed(0)} ms, ${heapLine(mem.ours)}   ${(t(ours) / t(hand)).toFixed(3)}× ${pairs} time (for information)`,
  };
}
