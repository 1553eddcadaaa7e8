// @ts-check
// Whether a package is built: every file its `exports` map (or main/types) points at exists.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** @param {unknown} node @returns {string[]} */
function leaves(node) {
  if (typeof node === "string") return [node];
  if (node && typeof node === "object") return Object.values(node).flatMap(leaves);
  return [];
}

/**
 * @param {string} dir package folder
 * @returns {string[]} the files the manifest promises that are missing
 */
export function missingEntryFiles(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const promised = new Set([
    ...leaves(manifest.exports),
    ...leaves(manifest.main),
    ...leaves(manifest.types),
    ...leaves(manifest.module),
  ]);
  return [...promised].filter((f) => !f.includes("*") && !existsSync(join(dir, f)));
}
