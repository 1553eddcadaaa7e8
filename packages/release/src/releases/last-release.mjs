// @ts-check
// The last release, as `changeset publish` records it: a git tag `<package>@<version>` on the release commit
// for every package it published. The newest such tag of the spec package reachable from HEAD is the release
// of the whole fixed group. Needs the tags and full history in the clone (`fetch-depth: 0` in CI).
import { exec } from "../exec.mjs";
import { repoRoot } from "../paths.mjs";

/**
 * @typedef {{ released: false, shallowClone: boolean } | { released: true, tag: string, version: string, commit: string }} LastRelease
 * `shallowClone`: no release tag is visible, but this clone may simply not have fetched it.
 */

/**
 * @param {string} packageName
 * @param {string} [cwd] the repository (this repo by default)
 * @returns {Promise<LastRelease>}
 */
export async function lastRelease(packageName, cwd = repoRoot) {
  const git = async (/** @type {string[]} */ args) => (await exec("git", args, { cwd })).trim();
  // Version order, with a prerelease (2.0.0-next.1) before its release (2.0.0), as semver has it.
  const tags = await git([
    "-c",
    "versionsort.suffix=-",
    "tag",
    "--merged",
    "HEAD",
    "--list",
    `${packageName}@*`,
    "--sort=-version:refname",
  ]);
  const tag = tags.split("\n").find(Boolean);
  if (!tag) return { released: false, shallowClone: (await git(["rev-parse", "--is-shallow-repository"])) === "true" };
  return {
    released: true,
    tag,
    version: tag.slice(packageName.length + 1),
    commit: await git(["rev-list", "-n", "1", tag]),
  };
}
