// @ts-check
// The dry run's pieces on their own: "is it built", the local registry (publish, fetch back, tear down), and
// tarball lint with the package's own attw options.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { missingEntryFiles } from "../../src/dry/built.mjs";
import { lintTarball } from "../../src/dry/lint-tarball.mjs";
import { startLocalRegistry } from "../../src/dry/local-registry.mjs";
import { fetchPublishedTarball, missingRequiredFiles } from "../../src/dry/published-tarball.mjs";
import { exec } from "../../src/exec.mjs";
import { repoRoot } from "../../src/paths.mjs";

const dir = mkdtempSync(join(tmpdir(), "backup-api-dry-pieces-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("missing entry files (a package that is not built yet)", () => {
  it("names every file the exports map promises that does not exist", () => {
    const pkg = join(dir, "pkg");
    mkdirSync(join(pkg, "dist"), { recursive: true });
    writeFileSync(join(pkg, "dist", "index.js"), "");
    const exports = {
      ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" } },
      "./package.json": "./package.json",
    };
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "x", exports, main: "./dist/index.cjs" }));
    expect(missingEntryFiles(pkg).sort()).toEqual(["./dist/index.cjs", "./dist/index.d.ts"]);
  });

  it("the built spec package has everything", () => {
    expect(missingEntryFiles(join(repoRoot, "packages", "spec"))).toEqual([]);
  });
});

describe("the local registry", () => {
  it("takes a publish of the scope, gives the tarball back with npm’s sizes, and leaves nothing behind", async () => {
    const registry = await startLocalRegistry("@dry-test");
    try {
      const pkg = join(dir, "published");
      mkdirSync(pkg, { recursive: true });
      writeFileSync(
        join(pkg, "package.json"),
        JSON.stringify({ name: "@dry-test/tiny", version: "1.2.3", license: "MIT" }),
      );
      writeFileSync(join(pkg, "README.md"), "# tiny\n");
      writeFileSync(join(pkg, "index.js"), "x".repeat(1000));
      // Not execFileSync: the registry runs in this process and must keep answering.
      await exec("npm", ["publish", "--loglevel=error"], { cwd: pkg, env: { ...process.env, ...registry.env } });
      const out = join(dir, "out");
      mkdirSync(out);
      const tarball = await fetchPublishedTarball({ name: "@dry-test/tiny", version: "1.2.3" }, out, registry.env);
      expect(tarball.files.sort()).toEqual(["README.md", "index.js", "package.json"]);
      expect(tarball.entryCount).toBe(3);
      expect(tarball.unpackedSize).toBeGreaterThan(1000);
      expect(tarball.size).toBeLessThan(tarball.unpackedSize);
      expect(existsSync(tarball.tarball)).toBe(true);
      expect(missingRequiredFiles(tarball), "it has a README but no LICENSE").toEqual(["LICENSE"]);
    } finally {
      await registry.stop();
    }
    expect(existsSync(registry.npmrc), "the registry’s folder is deleted").toBe(false);
    await expect(fetch(registry.url)).rejects.toThrow();
  });
});

describe("tarball lint follows the package’s own .attw.json", () => {
  const specDir = join(repoRoot, "packages", "spec");
  const tarball = join(
    dir,
    execFileSync("npm", ["pack", "--pack-destination", dir, "--loglevel=error"], {
      cwd: specDir,
      encoding: "utf8",
    }).trim(),
  );

  it("the spec’s config leaves out its YAML entry point, and the tarball is clean", async () => {
    expect(await lintTarball(tarball, specDir)).toEqual({ publint: true, attw: true });
  });

  it("without that config attw judges the YAML entry point and complains", async () => {
    const { attw } = await lintTarball(tarball, join(dir, "no-config"));
    expect(attw).toContain("openapi.yaml");
  });
});
