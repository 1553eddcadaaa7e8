// @ts-check
// A published tarball, fetched back from the registry by name with `npm pack <name>@<version> --json`, which
// also reports its sizes and files: what a user downloads, measured by npm itself.
import { join } from "node:path";
import { exec } from "../exec.mjs";

/** Files every published package must carry: users read the one and are bound by the other. */
const REQUIRED_FILES = ["LICENSE", "README.md"];

/** @param {{ files: string[] }} tarball @returns {string[]} the required files it lacks */
export const missingRequiredFiles = (tarball) => REQUIRED_FILES.filter((file) => !tarball.files.includes(file));

/**
 * @typedef {{ tarball: string, integrity: string, size: number, unpackedSize: number, entryCount: number, files: string[] }} PublishedTarball
 * @param {{ name: string, version: string }} pkg
 * @param {string} destination folder for the .tgz
 * @param {Record<string, string>} registryEnv
 * @returns {Promise<PublishedTarball>}
 */
export async function fetchPublishedTarball({ name, version }, destination, registryEnv) {
  const out = await exec(
    "npm",
    ["pack", `${name}@${version}`, "--json", "--pack-destination", destination, "--loglevel=error"],
    {
      cwd: destination,
      env: { ...process.env, ...registryEnv },
    },
  );
  /** @type {[{ filename: string, integrity: string, size: number, unpackedSize: number, entryCount: number, files: { path: string }[] }]} */
  const [report] = JSON.parse(out);
  return { ...report, tarball: join(destination, report.filename), files: report.files.map((f) => f.path) };
}
