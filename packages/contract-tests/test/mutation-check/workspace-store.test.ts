// The mutation check installs its copy of the repo offline from the store the workspace was installed from,
// whatever store pnpm would pick by itself (CI caches set one with npm_config_store_dir, which a turbo task
// never sees).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { offlineInstallArgs, workspaceStoreDir } from "../../scripts/workspace-store.mjs";

const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "workspace-store-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project of one small package that the workspace's lockfile pins, with a lockfile of its own. */
function projectOfOnePackage(name: string): string {
  const lockfile = readFileSync(join(repo, "pnpm-lock.yaml"), "utf8");
  const entry = new RegExp(`^  ${name}@([\\d.]+):\\n    resolution: \\{integrity: (\\S+)\\}`, "m").exec(lockfile);
  if (!entry) throw new Error(`pnpm-lock.yaml pins no ${name}: pick another package the workspace depends on`);
  const [, version, integrity] = entry;
  const dir = mkdtempSync(join(scratch, "project-"));
  const { packageManager } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { packageManager: string };
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "store-probe", private: true, packageManager, dependencies: { [name]: version } }),
  );
  writeFileSync(
    join(dir, "pnpm-lock.yaml"),
    [
      "lockfileVersion: '9.0'",
      "",
      "settings:",
      "  autoInstallPeers: true",
      "  excludeLinksFromLockfile: false",
      "",
      "importers:",
      "",
      "  .:",
      "    dependencies:",
      `      ${name}:`,
      `        specifier: ${version}`,
      `        version: ${version}`,
      "",
      "packages:",
      "",
      `  ${name}@${version}:`,
      `    resolution: {integrity: ${integrity}}`,
      "",
      "snapshots:",
      "",
      `  ${name}@${version}: {}`,
      "",
    ].join("\n"),
  );
  return dir;
}

describe("the mutation check installs its copy from the workspace store", () => {
  it("reads the store from the workspace's node_modules/.modules.yaml", () => {
    const storeDir = workspaceStoreDir(repo);
    expect(storeDir).toMatch(/^\//);
    expect(existsSync(storeDir), `${storeDir} does not exist`).toBe(true);
    expect(offlineInstallArgs(storeDir)).toEqual([
      "install",
      "--offline",
      "--frozen-lockfile",
      `--store-dir=${storeDir}`,
    ]);
  });

  it("names the file when the workspace is not installed or the record has no store", () => {
    const bare = mkdtempSync(join(scratch, "bare-"));
    expect(() => workspaceStoreDir(bare)).toThrow(
      `cannot read ${join(bare, "node_modules", ".modules.yaml")}: install the workspace first`,
    );
    mkdirSync(join(bare, "node_modules"));
    writeFileSync(join(bare, "node_modules", ".modules.yaml"), JSON.stringify({ layoutVersion: 5 }));
    expect(() => workspaceStoreDir(bare)).toThrow(/\.modules\.yaml names no storeDir/);
    writeFileSync(join(bare, "node_modules", ".modules.yaml"), "layoutVersion: 5\nstoreDir: /srv/pnpm-store/v10\n");
    expect(workspaceStoreDir(bare)).toBe("/srv/pnpm-store/v10");
  });

  it("installs offline even when the environment points pnpm at another, empty store", () => {
    const project = projectOfOnePackage("fast-deep-equal");
    const env = { ...process.env, npm_config_store_dir: mkdtempSync(join(scratch, "empty-store-")) };
    const install = (args: string[]) => spawnSync("pnpm", args, { cwd: project, env, encoding: "utf8" });

    // What the mutation check did before: pnpm looks in the store the environment names, and finds nothing.
    const bare = install(["install", "--offline", "--frozen-lockfile"]);
    expect(bare.status, "the empty store should not satisfy an offline install").not.toBe(0);
    expect(bare.stdout + bare.stderr).toMatch(/ERR_PNPM_NO_OFFLINE_TARBALL|offline/i);

    const fromWorkspaceStore = install(offlineInstallArgs(workspaceStoreDir(repo)));
    expect(fromWorkspaceStore.status, fromWorkspaceStore.stdout + fromWorkspaceStore.stderr).toBe(0);
    expect(existsSync(join(project, "node_modules", "fast-deep-equal", "package.json"))).toBe(true);
  });
});
