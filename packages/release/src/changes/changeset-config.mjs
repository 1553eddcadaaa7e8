// @ts-check
// .changeset/config.json as changesets itself reads and validates it (@changesets/config).
import { read } from "@changesets/config";
import { getPackages } from "@manypkg/get-packages";
import { repoRoot } from "../paths.mjs";

/** @returns {Promise<{ fixed: readonly (readonly string[])[], changedFilePatterns: readonly string[] }>} */
export async function readChangesetConfig() {
  return read(repoRoot, await getPackages(repoRoot));
}
