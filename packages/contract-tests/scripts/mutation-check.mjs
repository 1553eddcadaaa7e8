// Proves the agreement suite can fail: copies the repo to a temp dir, applies each breaking edit of
// mutations.mjs alone, runs the tests that must catch it, and prints which test caught it.
// Exit code 1 when any edit goes uncaught (or the unmutated copy does not pass).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mutations } from "./mutations.mjs";
import { offlineInstallArgs, workspaceStoreDir } from "./workspace-store.mjs";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const copy = mkdtempSync(join(tmpdir(), "backup-api-mutation-"));
const env = { ...process.env, REDOCLY_TELEMETRY: "off", TURBO_TELEMETRY_DISABLED: "1", CI: "true" };
const sh = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: copy, env, stdio: "pipe", encoding: "utf8", ...opts });

function copyRepo() {
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: repo, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(repo, file), join(copy, file));
    } catch (error) {
      if (error.code !== "ENOENT") throw error; // a file deleted in the work tree but not yet in git
    }
  }
  sh("git", ["init", "-q"]);
  sh("git", ["add", "-A"]);
  sh("git", ["-c", "user.email=mutation@check", "-c", "user.name=mutation-check", "commit", "-qm", "base"]);
  // The store the workspace was installed from holds every package; --offline keeps this fast and
  // independent of the network.
  sh("pnpm", offlineInstallArgs(workspaceStoreDir(repo)));
}

/** Builds what the package needs, runs its tests with a JSON report; returns the failed tests' full names. */
function failingTests(pkg) {
  // Share the real repo's turbo cache: unchanged packages are cache hits, so only what an edit touches rebuilds.
  const build = spawnSync(
    "pnpm",
    [
      "turbo",
      "run",
      "build",
      `--filter=${pkg}...`,
      `--cache-dir=${join(repo, ".turbo", "cache")}`,
      "--output-logs=errors-only",
    ],
    {
      cwd: copy,
      env,
      encoding: "utf8",
    },
  );
  if (build.status !== 0)
    return [
      `build failed: ${(build.stdout + build.stderr)
        .split("\n")
        .filter((l) => /error/i.test(l))
        .slice(0, 3)
        .join(" | ")}`,
    ];
  const report = join(copy, "mutation-report.json");
  rmSync(report, { force: true });
  spawnSync("pnpm", ["--filter", pkg, "exec", "vitest", "run", "--reporter=json", `--outputFile=${report}`], {
    cwd: copy,
    env,
    encoding: "utf8",
  });
  const results = JSON.parse(readFileSync(report, "utf8"));
  return results.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status === "failed").map((t) => [...t.ancestorTitles, t.title].join(" > ")),
  );
}

const started = Date.now();
console.log(`mutation check: copying the repo to ${copy}`);
copyRepo();
const packages = [...new Set(mutations.map((m) => m.package))];
let ok = true;
for (const pkg of packages) {
  const failed = failingTests(pkg);
  if (failed.length > 0) {
    ok = false;
    console.log(`✖ the unmutated copy already fails in ${pkg}:\n  ${failed.join("\n  ")}`);
  }
}

const rows = [];
for (const mutation of mutations) {
  sh("git", ["checkout", "-q", "--", "."]);
  mutation.apply(copy);
  const failed = failingTests(mutation.package);
  const expected = failed.filter((name) => mutation.expect.test(name));
  rows.push({ edit: mutation.name, caught: expected.length > 0, by: expected.length ? expected : failed });
  if (expected.length === 0) ok = false;
}
sh("git", ["checkout", "-q", "--", "."]);

console.log("\n| edit | caught | by |\n| --- | --- | --- |");
for (const row of rows) {
  const by = row.by.length
    ? row.by.slice(0, 3).join("<br>") + (row.by.length > 3 ? `<br>(+${row.by.length - 3} more)` : "")
    : "—";
  console.log(`| ${row.edit} | ${row.caught ? "yes" : "NO"} | ${by} |`);
}
console.log(
  `\n${rows.filter((r) => r.caught).length} of ${rows.length} edits caught in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
rmSync(copy, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
