// @ts-check
// A clone of this repo in a temp dir, with the built packages, to run the real release scripts against.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { releaseDir, repoRoot } from "../../src/paths.mjs";

const identity = ["-c", "user.name=release-test", "-c", "user.email=release-test@example.invalid"];

// The fixed group's folders under packages/, as .changeset/config.json names the group (@backup-api/<folder>).
/** @type {string[]} */
const fixedGroup = JSON.parse(readFileSync(join(repoRoot, ".changeset", "config.json"), "utf8")).fixed[0];
const group = fixedGroup.map((name) => name.replace(/^@backup-api\//, ""));

/**
 * Puts the clone in a known state whatever the repo's own release history: nothing released, the fixed
 * group at 0.0.0 and one pending minor changeset for it.
 * @param {string} dir
 */
function startUnreleased(dir) {
  const tags = execFileSync("git", ["tag", "--list"], { cwd: dir, encoding: "utf8" }).split("\n").filter(Boolean);
  if (tags.length > 0) execFileSync("git", ["tag", "--delete", ...tags], { cwd: dir });
  for (const f of readdirSync(join(dir, ".changeset")))
    if (f.endsWith(".md") && f !== "README.md") rmSync(join(dir, ".changeset", f));
  writeFileSync(
    join(dir, ".changeset", "first.md"),
    `---\n${group.map((g) => `"@backup-api/${g}": minor`).join("\n")}\n---\n\nFirst release.\n`,
  );
  for (const g of group) {
    const path = join(dir, "packages", g, "package.json");
    writeFileSync(
      path,
      `${JSON.stringify({ ...JSON.parse(readFileSync(path, "utf8")), version: "0.0.0" }, null, 2)}\n`,
    );
  }
}

export function makeClone() {
  const dir = mkdtempSync(join(tmpdir(), "backup-api-release-flow-"));
  execFileSync("git", ["clone", "--quiet", "--no-checkout", repoRoot, dir]);
  execFileSync("git", ["checkout", "--quiet", "HEAD"], { cwd: dir });
  // Symlinked node_modules are not directories to git: keep them out of the clone's commits.
  writeFileSync(join(dir, ".git", "info", "exclude"), "node_modules\n");
  // `changeset version` loads its changelog generator from the root node_modules.
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  // The built public packages, as the check finds them after `pnpm build`.
  for (const g of group) {
    symlinkSync(join(repoRoot, "packages", g, "node_modules"), join(dir, "packages", g, "node_modules"), "dir");
    const dist = join(repoRoot, "packages", g, "dist");
    if (!existsSync(dist)) throw new Error(`${dist} is missing: build the packages first (pnpm build)`);
    cpSync(dist, join(dir, "packages", g, "dist"), { recursive: true });
  }
  const env = {
    ...process.env,
    BACKUP_API_REPO_ROOT: dir,
    // `changeset tag` writes annotated tags, which need an identity.
    GIT_COMMITTER_NAME: "release-test",
    GIT_COMMITTER_EMAIL: "release-test@example.invalid",
  };
  startUnreleased(dir);
  execFileSync(
    "git",
    [...identity, "commit", "--quiet", "--allow-empty", "-am", "test: start from an unreleased state"],
    { cwd: dir },
  );

  return {
    dir,
    /** @param {string[]} args */
    git: (args) => execFileSync("git", [...identity, ...args], { cwd: dir, encoding: "utf8" }),
    check: () => {
      const result = spawnSync(process.execPath, [join(releaseDir, "bin", "check.mjs")], {
        cwd: dir,
        env,
        encoding: "utf8",
      });
      return { code: result.status, output: `${result.stdout}${result.stderr}` };
    },
    /** @param {string[]} args */
    changeset: (args) =>
      execFileSync(join(releaseDir, "node_modules", ".bin", "changeset"), args, { cwd: dir, env, encoding: "utf8" }),
    /** @param {string} id @param {'major' | 'minor' | 'patch'} type */
    addChangeset: (id, type) =>
      writeFileSync(join(dir, ".changeset", `${id}.md`), `---\n"@backup-api/spec": ${type}\n---\n\nTest change.\n`),
    /** @param {string} path repo-relative @param {(text: string) => string} change */
    editFile: (path, change) => {
      const text = readFileSync(join(dir, path), "utf8");
      const next = change(text);
      if (next === text) throw new Error(`the edit of ${path} changed nothing: fix the test`);
      writeFileSync(join(dir, path), next);
      return () => writeFileSync(join(dir, path), text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
