// @ts-check
// The pnpm store the workspace was installed from. The mutation check installs its copy of the repo with
// `--offline`, which only works from that store. Asking pnpm (`pnpm store path`, or no flag at all) is not
// enough: run as a turbo task, pnpm does not see a store chosen by the environment (`npm_config_store_dir`, as
// CI caches set it), because turbo hands a task only the variables it is told to pass, and pnpm then answers
// its default store, where nothing is. The workspace's own node_modules records the store it was linked from.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** @param {string} repoRoot @returns {string} the absolute store directory, as pnpm recorded it */
export function workspaceStoreDir(repoRoot) {
  const file = join(repoRoot, "node_modules", ".modules.yaml");
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new Error(`cannot read ${file}: install the workspace first (pnpm install)`, { cause });
  }
  const storeDir = storeDirIn(text);
  if (!storeDir) throw new Error(`${file} names no storeDir: reinstall the workspace (pnpm install)`);
  return storeDir;
}

/** pnpm writes .modules.yaml as JSON (valid YAML); older ones were block YAML with a `storeDir:` line. */
function storeDirIn(/** @type {string} */ text) {
  try {
    const value = JSON.parse(text)?.storeDir;
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch {
    return /^storeDir:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(text)?.[1];
  }
}

/** The install of the copy: offline, from the lockfile as committed, and from the workspace's own store. */
export function offlineInstallArgs(/** @type {string} */ storeDir) {
  return ["install", "--offline", "--frozen-lockfile", `--store-dir=${storeDir}`];
}
