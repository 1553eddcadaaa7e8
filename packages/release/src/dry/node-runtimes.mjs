// @ts-check
// The Node versions the smoke test runs on: the running Node when it is of that line, otherwise the pinned
// release from the npm registry's `node-<os>-<arch>` package, cached under packages/release/node_modules/.cache
// (never committed, reused across runs).
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { exec } from "../exec.mjs";
import { cacheDir } from "../paths.mjs";

/** The lines users run: 20 (the oldest supported, the repo's .nvmrc), 22 and 24 (the LTS lines). */
export const RUNTIME_LINES = [
  { line: "20", pinned: "20.20.2" },
  { line: "22", pinned: "22.21.1" },
  { line: "24", pinned: "24.11.1" },
];

/** @typedef {{ line: string, label: string, version: string, node: string }} Runtime */

/**
 * @param {{ line: string, pinned: string }} wanted
 * @returns {Promise<Runtime>}
 */
async function runtime({ line, pinned }) {
  if (process.versions.node.split(".")[0] === line) {
    return { line, label: `node ${line}`, version: process.versions.node, node: process.execPath };
  }
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = join(cacheDir, `${pkg}-${pinned}`);
  const node = join(prefix, "node_modules", pkg, "bin", "node");
  if (!existsSync(node)) {
    mkdirSync(prefix, { recursive: true });
    try {
      await exec(
        "npm",
        ["install", "--prefix", prefix, `${pkg}@${pinned}`, "--no-save", "--no-audit", "--no-fund", "--loglevel=error"],
        { cwd: prefix },
      );
    } catch (error) {
      throw new Error(
        `could not fetch Node ${pinned} as the npm package ${pkg}@${pinned}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const reported = (await exec(node, ["--version"])).trim();
  if (reported !== `v${pinned}`)
    throw new Error(`${node} reports ${reported}, expected v${pinned}: delete ${prefix} and retry`);
  return { line, label: `node ${line}`, version: pinned, node };
}

/** @returns {Promise<Runtime[]>} */
export async function nodeRuntimes() {
  const runtimes = [];
  for (const wanted of RUNTIME_LINES) runtimes.push(await runtime(wanted));
  return runtimes;
}
