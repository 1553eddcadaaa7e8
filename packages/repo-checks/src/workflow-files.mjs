// @ts-check
// The workflow files of the repo: every *.yml / *.yaml in .github/workflows at its root.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const WORKFLOWS_DIR = join(REPO_ROOT, ".github", "workflows");

/** @param {string} dir @returns {string[]} absolute paths, sorted; throws when there is none to check */
export function workflowFiles(dir = WORKFLOWS_DIR) {
  let names;
  try {
    names = readdirSync(dir);
  } catch (cause) {
    throw new Error(`cannot list the workflows in ${dir}`, { cause });
  }
  const files = names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) throw new Error(`no workflow (*.yml, *.yaml) in ${dir}`);
  return files;
}
