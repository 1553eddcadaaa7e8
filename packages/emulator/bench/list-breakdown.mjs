// 4b. Where the time of one 100-item list page goes, on the 100k store. Two cheap views: (a) interleaved timings
// of the page's parts that can be reached from outside (a 1-item page = the fixed cost of a list call, one GET,
// JSON.stringify of the same 100 backups, one Web Crypto HMAC as a page token costs), and (b) a sampling
// profile of the same call, by pipeline stage and by function.
import { compare } from "../../client/bench/stats.mjs";
import { profileCalls } from "./cpu-profile.mjs";
import { compareCpuTime } from "./cpu-time.mjs";
import { fetchText, listUrl, PAGE_SIZE } from "./list-setup.mjs";
import { LIST_STAGES, profileRows } from "./pipeline-stages.mjs";
import { formatUs } from "./report.mjs";

async function hmacSigner() {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode("x".repeat(64)),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  // 13 key bytes + a query identity like the list handler's: the size of the emulator's page-token message.
  const message = new TextEncoder().encode(
    `${"k".repeat(13)}["folderId",{"folderId":"b1gs8i6ef1ttp1pbjm2m"},"desc",{},""]`,
  );
  return () => crypto.subtle.sign("HMAC", key, message);
}

export async function benchListBreakdown({ rounds, iterations, profileCalls: profiledCalls }, large, backupPath) {
  const { emulator, firstUrl } = large;
  const pageText = await fetchText(emulator, firstUrl);
  const pageBody = JSON.parse(pageText);
  const onePageUrl = listUrl(large.folderId, { pageSize: 1 });
  const getUrl = `http://emulator.local${backupPath}`;
  const sign = await hmacSigner();
  const calls = {
    page100: () => fetchText(emulator, firstUrl),
    page1: () => fetchText(emulator, onePageUrl),
    getOne: () => fetchText(emulator, getUrl),
  };
  global.gc?.();
  const { us, vs } = await compare(
    { ...calls, stringify: () => JSON.stringify(pageBody), hmac: sign },
    { rounds, iterations, warmup: 200 },
  );
  const cpu = await compareCpuTime(calls, { rounds, iterations });
  const perBackup = (us.page100 - us.page1) / (PAGE_SIZE - 1);
  const profile = await profileCalls(calls.page100, profiledCalls);
  return {
    title: `4b. Where the time of one 100-item page goes (100k store, first page, ${(pageText.length / 1024).toFixed(0)} KiB of JSON)`,
    rows: [
      ["whole call (fetch + text)", `${formatUs(us.page100)}   1.00×`],
      ["1-item page", `${formatUs(us.page1)}   ${vs("page1", "page100")}   the fixed cost of a list call`],
      ["per extra backup on the page", `${formatUs(perBackup)}   ((100-item − 1-item) ÷ 99)`],
      ["GET one backup", `${formatUs(us.getOne)}   ${vs("getOne", "page100")}   the fixed cost of any request`],
      ["JSON.stringify of the page", `${formatUs(us.stringify)}   ${vs("stringify", "page100")}`],
      [
        "one HMAC-SHA256 (Web Crypto)",
        `${formatUs(us.hmac)}   ${vs("hmac", "page100")}   a page token costs one to encode, one to decode`,
      ],
      [
        "CPU time per call",
        `100-item ${formatUs(cpu.us.page100)}, 1-item ${formatUs(cpu.us.page1)}, GET ${formatUs(cpu.us.getOne)}   (wall − CPU = time descheduled or waiting)`,
      ],
      [`profile of ${profiledCalls} calls`, `${profile.samples} busy samples; inclusive share by stage:`],
      ...profileRows(profile, LIST_STAGES),
    ],
  };
}
