// 4. One 100-item list page (folderId selector) with 100,000 backups stored vs 1,000, in-process through
// emulator.fetch (no sockets, so only the emulator's own cost varies): a first page, and a page from the middle
// reached by its pageToken. The four calls run in interleaved rounds, each round in a fresh order: once timed by
// the wall clock (the figure asked for), once by CPU time (the same figure, minus what other processes stole).
import { compare } from "../../client/bench/stats.mjs";
import { compareCpuTime } from "./cpu-time.mjs";
import { fetchText, listStore } from "./list-setup.mjs";
import { formatUs, verdict } from "./report.mjs";

const INDEXING =
  "indexing: MemoryStore keeps one array per selector value (folder:, instance:, archive:, policy:, resource:, instancePolicy:), " +
  "sorted by (createdAt, seq) once at load; a page is a binary search (lowerBound) for the pageToken's key plus a walk of one page, so no scan of the store";

export async function benchListPage({ rounds, iterations }, createEmulator, folderId) {
  const small = await listStore(createEmulator, folderId, 1_000);
  const large = await listStore(createEmulator, folderId, 100_000);
  const call = (store, url) => () => fetchText(store.emulator, url);
  const variants = {
    firstSmall: call(small, small.firstUrl),
    firstLarge: call(large, large.firstUrl),
    deepSmall: call(small, small.deepUrl),
    deepLarge: call(large, large.deepUrl),
  };
  // The setup (100,000 records made, 500 pages walked) leaves garbage: collect it now, not inside a round.
  global.gc?.();
  const { us, vs } = await compare(variants, { rounds, iterations, warmup: 200 });
  const cpu = await compareCpuTime(variants, { rounds, iterations });
  const ratioFirst = us.firstLarge / us.firstSmall;
  const ratioDeep = us.deepLarge / us.deepSmall;
  const describeStore = (store) =>
    `${store.stored} stored (${store.folderSize} in the folder), created in ${store.createMs.toFixed(0)} ms; deep = page ${store.middlePage + 1}`;
  return {
    title: `4. One list page, pageSize=100, folderId selector, emulator.fetch in-process; median per call of ${rounds} interleaved rounds × ${iterations} (goal: 100k ÷ 1k ≤ 1.5×)`,
    rows: [
      ["1k store", describeStore(small)],
      ["100k store", describeStore(large)],
      ["first page, 1k", `${formatUs(us.firstSmall)}/call`],
      [
        "first page, 100k",
        `${formatUs(us.firstLarge)}/call   100k ÷ 1k ${vs("firstLarge", "firstSmall")}   ${verdict(ratioFirst <= 1.5)}`,
      ],
      ["deep page (pageToken), 1k", `${formatUs(us.deepSmall)}/call`],
      [
        "deep page (pageToken), 100k",
        `${formatUs(us.deepLarge)}/call   100k ÷ 1k ${vs("deepLarge", "deepSmall")}   ${verdict(ratioDeep <= 1.5)}`,
      ],
      ["deep ÷ first, 100k", `${vs("deepLarge", "firstLarge")}   (what decoding + checking a pageToken adds)`],
      [
        "CPU time, first page",
        `1k ${formatUs(cpu.us.firstSmall)}, 100k ${formatUs(cpu.us.firstLarge)}/call   100k ÷ 1k ${cpu.vs("firstLarge", "firstSmall")}   (not counting time descheduled)`,
      ],
      [
        "CPU time, deep page",
        `1k ${formatUs(cpu.us.deepSmall)}, 100k ${formatUs(cpu.us.deepLarge)}/call   100k ÷ 1k ${cpu.vs("deepLarge", "deepSmall")}`,
      ],
      ["how it is indexed", INDEXING],
    ],
    figures: { ratioFirst, ratioDeep, us },
    large,
  };
}
