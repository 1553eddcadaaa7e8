#!/usr/bin/env node
// @ts-check
// pnpm release:dry — publishes every public package with `changeset publish` into a throw-away registry on
// loopback, installs them by name into a fresh npm project outside the workspace, and there runs the ESM and
// CJS smoke tests on each Node line (against the Prism mock) and tsc over the consumer types; the emulator's MSW
// smoke test runs with each msw major it accepts (msw 2 in that project, msw 3 in a second one). It also lints
// each published tarball (publint --strict, arethetypeswrong) and reports its sizes. The registry and every
// temp folder are deleted at the end (`--keep` keeps the consumer projects). The packages must be built first:
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
import { createConsumerProject, installed, smokeName } from "../src/dry/consumer-project.mjs";
import { MSW_RUNS, MSW_SMOKE, nodeLinesFor } from "../src/dry/msw-runs.mjs";
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

  const runtimes = await step("Node runtimes", () => nodeRuntimes());
  // The main consumer project, with the first msw (every smoke test runs there), and one more project per other
  // msw major, where only the MSW smoke test runs: each installs every package by name, plus its msw. npm checks
  // engines against the Node it runs on, so each project is installed by the oldest line its msw supports.
  const project = join(work, "consumer");
  const mswProjects = MSW_RUNS.map((run, i) => {
    const lines = nodeLinesFor(run.node);
    const installer = runtimes.find((r) => lines.includes(r.line));
    if (!installer) throw new Error(`msw@${run.version} (engines ${run.node}) supports none of the Node lines tested`);
    return { run, lines, installer, dir: i === 0 ? project : join(work, `consumer-msw-${run.version}`) };
  });
  await step(`npm install by name (${mswProjects.length} projects in parallel)`, async () => {
    const installs = await Promise.allSettled(
      mswProjects.map(({ run, dir, installer }) =>
        createConsumerProject(dir, packages, {
          scope: SCOPE,
          url,
          smokeRoot,
          extraPackages: [`msw@${run.version}`],
          node: installer.node,
        }),
      ),
    );
    // Every npm is done before a failure stops the run (and the work dir is deleted under none of them).
    const failed = installs.find((install) => install.status === "rejected");
    if (failed) throw failed.reason;
  });
  for (const { run, dir, installer } of mswProjects) {
    const lock = installed(dir);
    // What was installed is byte for byte what was published: the lockfile's integrity is the published tarball's.
    for (const { name, version, tarball } of checked) {
      const got = lock(name);
      if (got?.version !== version || got.integrity !== tarball.integrity) {
        failures.push(
          `${name}@${version} installed in ${dir} is not the tarball published to the local registry (${tarball.integrity}): package-lock.json has ${JSON.stringify(got)}`,
        );
      }
    }
    // The msw asked for, with the engines msw-runs.mjs says (they pick the Node lines its smoke test runs on).
    const msw = lock("msw");
    const engines = existsSync(join(dir, "node_modules", "msw", "package.json"))
      ? JSON.parse(readFileSync(join(dir, "node_modules", "msw", "package.json"), "utf8")).engines?.node
      : undefined;
    if (msw?.version !== run.version || engines !== run.node)
      failures.push(
        `msw@${run.version} (engines.node "${run.node}" in src/dry/msw-runs.mjs) was asked for in ${dir}; installed: ${msw?.version ?? "none"}, engines.node ${JSON.stringify(engines)}`,
      );
    console.log(
      `  installed by name from ${url} in ${dir} (npm on ${installer.label}), integrity equal to the published tarballs': ${checked.map((p) => `${p.name}@${lock(p.name)?.version}`).join(", ")}; msw@${msw?.version}`,
    );
  }
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
          const outcome = await runSmoke(project, p.name, runtime, `smoke.${flavour}`, mockUrl);
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
  // The MSW smoke test, with each msw, on the Node lines that msw supports.
  /** @type {Map<string, boolean>} by `<msw version> <runtime label>` */
  const mswPassed = new Map();
  await step("MSW smoke tests", async () => {
    for (const { run, dir, lines } of mswProjects) {
      for (const runtime of runtimes.filter((r) => lines.includes(r.line))) {
        const outcome = await runSmoke(dir, MSW_SMOKE.package, runtime, MSW_SMOKE.file, mockUrl);
        mswPassed.set(`${run.version} ${runtime.label}`, outcome?.ok ?? false);
        if (!outcome?.ok)
          failures.push(
            `${MSW_SMOKE.package} ${MSW_SMOKE.file} with msw@${run.version} on ${runtime.label} (${runtime.version}) failed:\n${outcome?.detail ?? `${MSW_SMOKE.file} is missing from the smoke folder`}`,
          );
        else console.log(`  ${runtime.label} (${runtime.version}) ${MSW_SMOKE.file}: ${outcome.detail}`);
      }
    }
  });

  const mark = (/** @type {boolean | undefined} */ ok) => (ok === undefined ? "n/a" : ok ? "ok" : "FAIL");
  console.table([
    ...checked.map(({ name, version, tarball, lint }) => ({
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
    // One row per msw: its ESM column of each Node line it runs on (the MSW smoke test has no CJS flavour).
    ...mswProjects.map(({ run, lines }) => ({
      package: `${MSW_SMOKE.package}/msw + msw@${run.version}`,
      ...Object.fromEntries(
        runtimes.map((r) => [
          `${r.label} ESM`,
          lines.includes(r.line) ? mark(mswPassed.get(`${run.version} ${r.label}`)) : "not run",
        ]),
      ),
    })),
  ]);
  for (const { run, lines } of mswProjects) {
    const ok = lines.every((line) => mswPassed.get(`${run.version} node ${line}`) === true);
    console.log(
      `MSW smoke (${MSW_SMOKE.file}) with msw@${run.version} × ${lines.length} Node lines (${lines.join(", ")}; engines ${run.node}): ${ok ? "ok" : "FAIL"}`,
    );
  }
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
  console.log(
    `✓ release:dry passed: published to a registry, installed by name, working on every Node line; the MSW entry with ${MSW_RUNS.map((r) => `msw@${r.version}`).join(" and ")}`,
  );
}
