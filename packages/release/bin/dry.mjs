#!/usr/bin/env node
// @ts-check
// pnpm release:dry — publishes every public package with `changeset publish` into a throw-away registry on
// loopback, installs them by name into a fresh npm project outside the workspace, and there runs the ESM and
// CJS smoke tests on each Node line (against the Prism mock) and tsc over the consumer types; it also lints
// each published tarball (publint --strict, arethetypeswrong) and reports its sizes. The registry and every
// temp folder are deleted at the end (`--keep` keeps the consumer project). The packages must be built first:
// `pnpm release:dry` and turbo's `dry` task build them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMock } from "@backup-api/mock";
import { exec } from "../src/exec.mjs";
import { SMOKE_FOLDER, binDir, repoRoot } from "../src/paths.mjs";
import { publicPackages } from "../src/workspace/packages.mjs";
import { missingEntryFiles } from "../src/dry/built.mjs";
import { startLocalRegistry } from "../src/dry/local-registry.mjs";
import { fetchPublishedTarball, missingRequiredFiles } from "../src/dry/published-tarball.mjs";
import { lintTarball } from "../src/dry/lint-tarball.mjs";
import { nodeRuntimes } from "../src/dry/node-runtimes.mjs";
import { createConsumerProject, smokeName } from "../src/dry/consumer-project.mjs";
import { runSmoke, typeCheckConsumers } from "../src/dry/run-smoke.mjs";

const SCOPE = "@backup-api";
const keep = process.argv.includes("--keep");
const smokeRoot = join(repoRoot, SMOKE_FOLDER);
/** @type {string[]} */
const failures = [];
/** @type {string[]} */
const timings = [];
/** Runs one step of the dry run and notes how long it took. @template T @param {string} name @param {() => Promise<T>} run */
async function step(name, run) {
  const started = Date.now();
  const result = await run();
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

const work = mkdtempSync(join(tmpdir(), "backup-api-release-dry-"));
/** @type {import('../src/dry/local-registry.mjs').LocalRegistry | undefined} */
let registry;
/** @type {import('@backup-api/mock').RunningMock | undefined} */
let mock;
try {
  const packages = await publicPackages();
  for (const p of packages) {
    const missing = missingEntryFiles(p.dir);
    if (missing.length > 0)
      throw new Error(
        `${p.name} is not built (missing ${missing.join(", ")}): run \`pnpm release:dry\` from the repo root, which builds first`,
      );
    // changesets would follow publishConfig past the local registry: a dry run must never publish for real.
    if (p.publishRegistries.length > 0)
      throw new Error(
        `${p.name} sets a publish registry in publishConfig (${p.publishRegistries.join(", ")}): the dry run cannot redirect it, so it does not publish`,
      );
    if (!existsSync(join(smokeRoot, smokeName(p.name))))
      failures.push(`${p.name} has no smoke test: add ${SMOKE_FOLDER}/${smokeName(p.name)}/`);
  }

  registry = await step("start registry", () => startLocalRegistry(SCOPE));
  const { url, env: registryEnv } = registry;
  console.log(`release:dry: local registry ${url} (Verdaccio), work dir ${work}`);
  await step("changeset publish", () =>
    exec(join(binDir, "changeset"), ["publish", "--no-git-tag"], {
      cwd: repoRoot,
      env: { ...process.env, ...registryEnv },
    }),
  );
  console.log(`  published by changeset publish: ${packages.map((p) => `${p.name}@${p.version}`).join(", ")}`);

  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  // Each tarball as published: fetched back by name, then linted.
  const checked = await step("npm pack from the registry + publint + attw", () =>
    Promise.all(
      packages.map(async (p) => {
        const tarball = await fetchPublishedTarball(p, tarballs, registryEnv);
        return { ...p, tarball, lint: await lintTarball(tarball.tarball, p.dir) };
      }),
    ),
  );
  for (const { name, tarball, lint } of checked) {
    const missing = missingRequiredFiles(tarball);
    if (missing.length > 0)
      failures.push(
        `${name}'s published tarball lacks ${missing.join(" and ")}: add it to the package folder (npm always packs these names)`,
      );
    if (lint.publint !== true) failures.push(`publint --strict on ${name}'s tarball:\n${lint.publint}`);
    if (lint.attw !== true) failures.push(`attw on ${name}'s tarball:\n${lint.attw}`);
  }

  const project = join(work, "consumer");
  await step("npm install by name", () => createConsumerProject(project, packages, { scope: SCOPE, url, smokeRoot }));
  // What was installed is byte for byte what was published: the lockfile's integrity is the published tarball's.
  /** @type {Record<string, { version?: string, integrity?: string }>} */
  const locked = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")).packages;
  for (const { name, version, tarball } of checked) {
    const got = locked[`node_modules/${name}`];
    if (got?.version !== version || got.integrity !== tarball.integrity) {
      failures.push(
        `${name}@${version} installed is not the tarball published to the local registry (${tarball.integrity}): package-lock.json has ${JSON.stringify(got)}`,
      );
    }
  }
  console.log(
    `  installed by name from ${url}, integrity equal to the published tarballs': ${checked.map((p) => `${p.name}@${locked[`node_modules/${p.name}`]?.version}`).join(", ")}`,
  );
  const runtimes = await step("Node runtimes", () => nodeRuntimes());
  const types = await step("tsc over consumer types", () => typeCheckConsumers(project));
  if (!types.ok) failures.push(`consumer type check failed:\n${types.detail}`);

  mock = await step("start Prism mock", () => startMock());
  const mockUrl = mock.url;
  /** @type {Map<string, boolean>} */
  const smokePassed = new Map();
  await step("smoke tests", async () => {
    for (const p of packages) {
      for (const runtime of runtimes) {
        for (const flavour of /** @type {const} */ (["mjs", "cjs"])) {
          const outcome = await runSmoke(project, p.name, runtime, flavour, mockUrl);
          if (!outcome) continue;
          smokePassed.set(`${p.name} ${runtime.label} ${flavour}`, outcome.ok);
          if (!outcome.ok)
            failures.push(
              `${p.name} smoke.${flavour} on ${runtime.label} (${runtime.version}) failed:\n${outcome.detail}`,
            );
          else console.log(`  ${runtime.label} (${runtime.version}) ${flavour}: ${outcome.detail}`);
        }
      }
    }
  });

  const mark = (/** @type {boolean | undefined} */ ok) => (ok === undefined ? "n/a" : ok ? "ok" : "FAIL");
  console.table(
    checked.map(({ name, version, tarball, lint }) => ({
      package: `${name}@${version}`,
      ".tgz kB": (tarball.size / 1024).toFixed(1),
      "unpacked kB": (tarball.unpackedSize / 1024).toFixed(1),
      files: tarball.entryCount,
      publint: mark(lint.publint === true),
      attw: mark(lint.attw === true),
      ...Object.fromEntries(
        runtimes.flatMap((r) =>
          ["mjs", "cjs"].map((f) => [
            `${r.label} ${f === "mjs" ? "ESM" : "CJS"}`,
            mark(smokePassed.get(`${name} ${r.label} ${f}`)),
          ]),
        ),
      ),
    })),
  );
  console.log(`consumer types (tsc, module node16, skipLibCheck off): ${types.ok ? "ok" : "FAIL"}`);
} catch (error) {
  failures.push(`release:dry stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  // Each one stopped even if another fails to: nothing is left running or on disk.
  await mock?.stop().catch((error) => failures.push(`could not stop the Prism mock: ${String(error)}`));
  await registry?.stop().catch((error) => failures.push(`could not stop the local registry: ${String(error)}`));
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\ntimings: ${timings.join(" · ")}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  process.exitCode = 1;
} else {
  console.log("✓ release:dry passed: published to a registry, installed by name, working on every Node line");
}
