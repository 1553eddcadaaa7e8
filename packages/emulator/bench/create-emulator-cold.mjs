// Run in a fresh process by create-emulator.mjs: what a test file pays the first time, before V8 has optimised
// anything (the validators are generated code: the first request compiles no schema).
// Prints one JSON line of milliseconds.
import { EMULATOR_INDEX_URL } from "./paths.mjs";
import { AUTH_HEADERS } from "./seed-target.mjs";

const time = async (work) => {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
};

const [importMs, { createEmulator, DEFAULT_SEED_FOLDER_ID }] = await time(() => import(EMULATOR_INDEX_URL));
const [firstCreateMs, emulator] = await time(() => createEmulator());
const [secondCreateMs] = await time(() => createEmulator());
const listUrl = `http://emulator.local/backup/v1/backups?folderId=${DEFAULT_SEED_FOLDER_ID}&pageSize=1`;
const request = async () => {
  const response = await emulator.fetch(listUrl, { headers: AUTH_HEADERS });
  await response.text();
  if (response.status !== 200) throw new Error(`list answered ${response.status}`);
};
const [firstRequestMs] = await time(request);
const [secondRequestMs] = await time(request);
console.log(JSON.stringify({ importMs, firstCreateMs, secondCreateMs, firstRequestMs, secondRequestMs }));
