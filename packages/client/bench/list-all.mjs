// listAll over PAGES × PAGE_SIZE backups: time vs a hand-written page loop, and peak heap growth.
import { createBackupClient } from "../dist/index.js";
import { median, ratio } from "./stats.mjs";

const heap = () => process.memoryUsage().heapUsed;

/** Runs `walk(onItem)` and returns its time and the peak heap growth over the heap after a full GC. */
async function measure(walk) {
  globalThis.gc?.();
  const before = heap();
  let peak = before;
  let n = 0;
  const t0 = performance.now();
  await walk(() => {
    // sampling the heap costs; every 250 items is enough to see a page's worth of growth
    if (++n % 250 === 0) peak = Math.max(peak, heap());
  });
  const ms = performance.now() - t0;
  return { ms, peakMb: (Math.max(peak, heap()) - before) / 1e6, n };
}

export async function benchListAll(base, total, { rounds = 3 } = {}) {
  const handLoop = async (onItem) => {
    let token;
    do {
      const url = `${base}/backup/v1/backups?folderId=f1&pageSize=1000${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`;
      const res = await fetch(url, { headers: { authorization: "Bearer t1.token" } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const page = await res.json();
      for (const b of page.backups ?? []) onItem(b);
      token = page.nextPageToken;
    } while (token);
  };
  const client = createBackupClient({ iamToken: "t1.token", baseUrl: base });
  const listAll = async (onItem) => {
    for await (const b of client.backups.listAll({ folderId: "f1", pageSize: 1000 })) onItem(b);
  };

  await measure(handLoop);
  await measure(listAll);
  const hand = [];
  const ours = [];
  for (let r = 0; r < rounds; r++) {
    hand.push(await measure(handLoop));
    ours.push(await measure(listAll));
  }
  for (const m of [...hand, ...ours]) if (m.n !== total) throw new Error(`walked ${m.n} backups, expected ${total}`);
  const t = (xs) => median(xs.map((m) => m.ms));
  const peak = (xs) => Math.max(...xs.map((m) => m.peakMb));
  return {
    "hand-written page loop": `${t(hand).toFixed(0)} ms, peak heap growth ${peak(hand).toFixed(1)} MB`,
    "client.backups.listAll": `${t(ours).toFixed(0)} ms, peak heap growth ${peak(ours).toFixed(1)} MB   ${ratio(t(ours), t(hand))} time (goal ≤ 1.10×, < 10 MB)`,
  };
}
