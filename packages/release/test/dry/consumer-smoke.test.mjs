// @ts-check
// What the dry run installs and runs: a smoke folder per public package, the MSW smoke test with each msw the
// emulator accepts on the Node lines that msw supports, and the consumer project (published packages by name,
// plus extra packages, with npm on a chosen Node).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createConsumerProject, installed, smokeName } from "../../src/dry/consumer-project.mjs";
import { startLocalRegistry } from "../../src/dry/local-registry.mjs";
import { MSW_RUNS, MSW_SMOKE, atLeast, nodeLinesFor } from "../../src/dry/msw-runs.mjs";
import { RUNTIME_LINES } from "../../src/dry/node-runtimes.mjs";
import { exec } from "../../src/exec.mjs";
import { SMOKE_FOLDER, repoRoot } from "../../src/paths.mjs";
import { publicPackages } from "../../src/workspace/packages.mjs";

const dir = mkdtempSync(join(tmpdir(), "backup-api-consumer-smoke-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const smokeRoot = join(repoRoot, SMOKE_FOLDER);

describe("the smoke set", () => {
  it("has a folder for every public package", async () => {
    const packages = await publicPackages();
    expect(packages.length).toBeGreaterThanOrEqual(4);
    const missing = packages.filter((p) => !existsSync(join(smokeRoot, smokeName(p.name))));
    expect(missing.map((p) => p.name)).toEqual([]);
  });

  it("has the MSW smoke test in the emulator's folder: installed packages only, the client made before listen()", () => {
    const file = join(smokeRoot, smokeName(MSW_SMOKE.package), MSW_SMOKE.file);
    expect(existsSync(file), file).toBe(true);
    const source = readFileSync(file, "utf8");
    const imported = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imported).toEqual(expect.arrayContaining(["@backup-api/emulator/msw", "msw/node"]));
    expect(imported.filter((name) => name?.startsWith("."))).toEqual([]);
    // The order-free layout: a client given no fetch must find MSW's patched globalThis.fetch at each call.
    const created = source.search(/^const client = createBackupClient\(\{ iamToken: "smoke", maxRetries: 0 \}\);$/m);
    const listening = source.search(/^server\.listen\(/m);
    expect(created, "the client: no baseUrl, no fetch").toBeGreaterThan(-1);
    expect(listening, "listen() after the client is made").toBeGreaterThan(created);
  });
});

describe("the msw runs", () => {
  /** @returns {Promise<Record<string, any>>} the emulator's package.json */
  const emulatorManifest = async () => {
    const emulator = (await publicPackages()).find((p) => p.name === MSW_SMOKE.package);
    if (!emulator) throw new Error(`${MSW_SMOKE.package} is not a public package`);
    return JSON.parse(readFileSync(join(emulator.dir, "package.json"), "utf8"));
  };

  it("the first is the msw the emulator's own tests use", async () => {
    expect(MSW_RUNS[0]?.version).toBe((await emulatorManifest()).devDependencies.msw);
  });

  it("one per major of the emulator's peer range, each within it", async () => {
    const manifest = await emulatorManifest();
    expect(manifest.peerDependenciesMeta.msw.optional).toBe(true);
    const clauses = String(manifest.peerDependencies.msw)
      .split("||")
      .map((clause) => clause.trim());
    const floors = clauses.map((clause) => /^\^(\d+)\.(\d+)\.(\d+)$/.exec(clause)?.slice(1).join("."));
    expect(floors, `the range "${manifest.peerDependencies.msw}" is made of ^x.y.z clauses`).not.toContain(undefined);
    const major = (/** @type {string | undefined} */ v) => v?.split(".")[0];
    expect(MSW_RUNS.map((run) => major(run.version))).toEqual(floors.map(major));
    for (const run of MSW_RUNS) {
      const floor = floors.find((f) => major(f) === major(run.version));
      expect(floor && atLeast(run.version, floor), `msw@${run.version} is within ${floor}`).toBe(true);
    }
  });

  it("msw 2 runs on Node 20, 22 and 24; msw 3 (engines >=22.12.0) on 22 and 24 only", () => {
    expect(RUNTIME_LINES.map((r) => r.line)).toEqual(["20", "22", "24"]);
    const lines = Object.fromEntries(MSW_RUNS.map((run) => [run.version.split(".")[0], nodeLinesFor(run.node)]));
    expect(lines).toEqual({ 2: ["20", "22", "24"], 3: ["22", "24"] });
  });

  it("a Node line counts by its pinned version, not its major", () => {
    const lines = [
      { line: "22", pinned: "22.11.0" },
      { line: "24", pinned: "24.0.0" },
    ];
    expect(nodeLinesFor(">=22.12.0", lines)).toEqual(["24"]);
    expect(nodeLinesFor(">=22.11", lines)).toEqual(["22", "24"]);
    expect(nodeLinesFor(">= 25", lines)).toEqual([]);
    expect(() => nodeLinesFor("^20.19.0 || >=22.12.0", lines)).toThrow(/not of the form >=x\.y\.z/);
    expect([atLeast("22.12.0", "22.12"), atLeast("22.9.0", "22.12.0"), atLeast("23.0.0", "22.12.1")]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe("a consumer project", () => {
  it("installs the packages by name and the extra packages, with npm on the Node it is given", async () => {
    const registry = await startLocalRegistry("@dry-test");
    try {
      for (const [name, version] of [
        ["app", "1.0.0"],
        ["extra", "2.0.0"],
        ["extra", "3.0.0"],
      ]) {
        const pkg = join(dir, "publish", `${name}-${version}`);
        mkdirSync(pkg, { recursive: true });
        writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: `@dry-test/${name}`, version }));
        // Not execFileSync: the registry runs in this process and must keep answering.
        await exec("npm", ["publish", "--loglevel=error"], { cwd: pkg, env: { ...process.env, ...registry.env } });
      }
      const smokes = join(dir, "smokes");
      mkdirSync(join(smokes, "app"), { recursive: true });
      writeFileSync(join(smokes, "app", "smoke.mjs"), "");
      // A `node` that notes it ran, then is the real one: npm (`#!/usr/bin/env node`) must start on it.
      const fakeNode = join(dir, "fake-node");
      mkdirSync(fakeNode);
      writeFileSync(
        join(fakeNode, "node"),
        `#!/bin/sh\necho ran >> "${join(dir, "node-ran")}"\nexec "${process.execPath}" "$@"\n`,
      );
      chmodSync(join(fakeNode, "node"), 0o755);

      const project = join(dir, "consumer");
      await createConsumerProject(project, [{ name: "@dry-test/app", version: "1.0.0" }], {
        scope: "@dry-test",
        url: registry.url,
        smokeRoot: smokes,
        extraPackages: ["@dry-test/extra@2.0.0"],
        node: join(fakeNode, "node"),
      });
      const lock = installed(project);
      expect(lock("@dry-test/app")?.version).toBe("1.0.0");
      expect(lock("@dry-test/extra")?.version, "the version asked for, not the latest").toBe("2.0.0");
      expect(lock("@dry-test/missing")).toBeUndefined();
      expect(existsSync(join(project, "smoke", "app", "smoke.mjs")), "the package's smoke folder is copied").toBe(true);
      expect(existsSync(join(project, "smoke", "extra")), "an extra package has none").toBe(false);
      expect(existsSync(join(dir, "node-ran")), "npm ran on the given node").toBe(true);
    } finally {
      await registry.stop();
    }
  });
});
