// @ts-check
// The last release from the tags `changeset publish` writes, on a tiny repository of its own.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lastRelease } from "../../src/releases/last-release.mjs";

const identity = ["-c", "user.name=release-test", "-c", "user.email=release-test@example.invalid"];
/** @type {string | undefined} */
let repo;
afterEach(() => repo && rmSync(repo, { recursive: true, force: true }));

/** A repository with one commit per tag, in the order given; returns the commit each tag names. */
function repoWithTags(/** @type {string[]} */ tags) {
  repo = mkdtempSync(join(tmpdir(), "backup-api-tags-"));
  const git = (/** @type {string[]} */ args) =>
    execFileSync("git", [...identity, ...args], { cwd: repo, encoding: "utf8" }).trim();
  git(["init", "--quiet"]);
  /** @type {Record<string, string>} */
  const commits = {};
  for (const tag of tags) {
    writeFileSync(join(repo, "file.txt"), tag);
    git(["add", "file.txt"]);
    git(["commit", "--quiet", "-m", tag]);
    git(["tag", "-m", tag, tag]);
    commits[tag] = git(["rev-parse", "HEAD"]);
  }
  return { dir: repo, git, commits };
}

describe("last release", () => {
  it("nothing tagged: not released", async () => {
    const { dir } = repoWithTags([]);
    writeFileSync(join(dir, "file.txt"), "x");
    execFileSync("git", [...identity, "commit", "--quiet", "--allow-empty", "-m", "first"], { cwd: dir });
    expect(await lastRelease("@backup-api/spec", dir)).toEqual({ released: false, shallowClone: false });
  });

  it("takes the highest version in version order (1.10.0 above 1.9.0), a release above its prerelease, and the tag’s commit", async () => {
    const { dir, commits } = repoWithTags([
      "@backup-api/spec@1.9.0",
      "@backup-api/spec@1.10.0",
      "@backup-api/spec@2.0.0",
      "@backup-api/spec@2.0.0-next.1",
      "@backup-api/types@9.0.0",
    ]);
    expect(await lastRelease("@backup-api/spec", dir)).toEqual({
      released: true,
      tag: "@backup-api/spec@2.0.0",
      version: "2.0.0",
      commit: commits["@backup-api/spec@2.0.0"],
    });
  });

  it("ignores a tag not reachable from HEAD (a release made on another branch)", async () => {
    const { dir, git, commits } = repoWithTags(["@backup-api/spec@1.0.0"]);
    git(["checkout", "--quiet", "-b", "other"]);
    writeFileSync(join(dir, "file.txt"), "other");
    git(["commit", "--quiet", "-am", "other"]);
    git(["tag", "-m", "x", "@backup-api/spec@3.0.0"]);
    git(["checkout", "--quiet", "-"]);
    expect(await lastRelease("@backup-api/spec", dir)).toMatchObject({
      tag: "@backup-api/spec@1.0.0",
      commit: commits["@backup-api/spec@1.0.0"],
    });
  });
});
