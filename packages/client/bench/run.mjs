// `pnpm bench`: per-call cost, listAll time and memory, bundle size. Ratios are against baselines measured
// in this same run. Run with --expose-gc for meaningful heap figures (the package script does).
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { measureSize } from "../scripts/measure-size.mjs";
import { benchGet } from "./get.mjs";
import { benchListAll } from "./list-all.mjs";

const server = fork(fileURLToPath(new URL("./server.mjs", import.meta.url)));
const info = await new Promise((resolve) => server.once("message", resolve));
const base = `http://127.0.0.1:${info.port}`;
const print = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(26)} ${v}`);
};

try {
  console.log(`Node ${process.version}; server in a child process on ${base}`);
  print(
    "backups.get, per call, for information (median µs of interleaved rounds; ratio of medians [25th–75th percentile of per-round ratios])",
    await benchGet(base),
  );
  print(
    `listAll over ${info.pages * info.pageSize} backups in ${info.pages} pages (median of interleaved walks; ratio [per-pair spread])`,
    await benchListAll(base, info.pages * info.pageSize),
  );
  const { getOnly, everyService, wholeApi, openapiFetch, floor } = await measureSize();
  const ratio = (size) => `${(size.gzipped / openapiFetch.gzipped).toFixed(2)}× openapi-fetch`;
  print("an app's bundle: ESM build + dependencies, minified (gzipped)", {
    "openapi-fetch alone": `${openapiFetch.minified} B (${openapiFetch.gzipped} B)`,
    "floor: bare methods": `${floor.minified} B (${floor.gzipped} B)   openapi-fetch + one line per route, none of the client's behaviours`,
    "backups.get alone": `${getOnly.minified} B (${getOnly.gzipped} B)   ${ratio(getOnly)}: backupsGet on a core (budgeted)`,
    "every service": `${everyService.minified} B (${everyService.gzipped} B)   ${ratio(everyService)}: createBackupClient (budgeted)`,
    "the whole public API": `${wholeApi.minified} B (${wholeApi.gzipped} B)   every export, for reference`,
  });
} finally {
  server.disconnect();
}
