#!/usr/bin/env node
// @ts-check
// pnpm release:dry — build, pack every public package, install the tarballs into a fresh npm project outside
// the workspace, smoke-test them from ESM and CJS on each Node line against the Prism mock, lint the tarballs
// (publint --strict, arethetypeswrong) and print their sizes. Nothing is published. `--keep` keeps the temp dir.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startMock } from '@backup-api/mock';
import { repoRoot } from '../src/paths.mjs';
import { publicPackages } from '../src/workspace/packages.mjs';
import { buildPackages } from '../src/dry/build.mjs';
import { missingEntryFiles } from '../src/dry/built.mjs';
import { pack } from '../src/dry/pack.mjs';
import { tarballSize } from '../src/dry/tarball-size.mjs';
import { lintTarball } from '../src/dry/lint-tarball.mjs';
import { nodeRuntimes } from '../src/dry/node-runtimes.mjs';
import { createConsumerProject, smokeName, smokeRoot } from '../src/dry/consumer-project.mjs';
import { runSmoke, typeCheckConsumers } from '../src/dry/run-smoke.mjs';
import { kB, markdownTable } from '../src/dry/report-table.mjs';

const keep = process.argv.includes('--keep');
const started = Date.now();
/** @type {[string, number][]} */
const timings = [];
let phaseStart = Date.now();
/** @param {string} name */
const phase = (name) => {
  timings.push([name, Date.now() - phaseStart]);
  phaseStart = Date.now();
};
/** @type {string[]} */
const failures = [];
const MOCK_PACKAGE = '@backup-api/mock';

const work = mkdtempSync(join(tmpdir(), 'backup-api-release-dry-'));
/** @type {import('@backup-api/mock').RunningMock | undefined} */
let mock;
try {
  const packages = await publicPackages();
  console.log(`release:dry: public packages ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}; work dir ${work}`);

  const buildError = await buildPackages([...packages.map((p) => p.name), MOCK_PACKAGE]);
  phase('build (turbo)');
  const built = packages.filter((p) => {
    const missing = missingEntryFiles(p.dir);
    if (missing.length === 0) return true;
    failures.push(`${p.name} is not built (missing ${missing.join(', ')}): it was not packed or tested.${buildError ? `\n${buildError.slice(-3000)}` : ''}`);
    return false;
  });
  for (const p of built) {
    if (!existsSync(join(smokeRoot, smokeName(p.name)))) failures.push(`${p.name} has no smoke test: add ${relative(repoRoot, join(smokeRoot, smokeName(p.name)))}/`);
  }

  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const packed = [];
  for (const p of built) packed.push({ ...p, ...(await pack(p.dir, tarballs)) });
  phase('pnpm pack');

  const lints = await Promise.all(packed.map((p) => lintTarball(p.tarball, p.dir)));
  phase('publint + attw');

  const project = join(work, 'consumer');
  await createConsumerProject(project, packed);
  phase('npm install of the tarballs');

  const runtimes = await nodeRuntimes();
  phase(`Node runtimes (${runtimes.map((r) => r.version).join(', ')})`);

  const types = await typeCheckConsumers(project);
  if (!types.ok) failures.push(`consumer type check failed:\n${types.detail}`);
  phase('tsc over consumer types');

  mock = await startMock();
  phase('start Prism mock');
  /** @type {Map<string, import('../src/dry/run-smoke.mjs').Outcome>} */
  const smoke = new Map();
  for (const p of packed) {
    for (const runtime of runtimes) {
      for (const flavour of /** @type {const} */ (['mjs', 'cjs'])) {
        const outcome = await runSmoke(project, p.name, runtime, flavour, mock.url);
        smoke.set(`${p.name} ${runtime.label} ${flavour}`, outcome);
        if (!outcome.ok) failures.push(`${p.name} smoke.${flavour} on ${runtime.label} (${runtime.version}) failed:\n${outcome.detail}`);
        else if (outcome.detail !== 'n/a') console.log(`  ${runtime.label} ${flavour}: ${outcome.detail}`);
      }
    }
  }
  phase('smoke tests');

  const mark = (/** @type {{ ok: boolean, detail: string } | undefined} */ o) => (!o ? '—' : o.detail === 'n/a' ? 'n/a' : o.ok ? 'ok' : 'FAIL');
  const rows = packed.map((p, i) => {
    const size = tarballSize(p.tarball);
    const lint = lints[i];
    if (lint && lint.publint !== true) failures.push(`publint --strict on ${p.name}'s tarball:\n${lint.publint}`);
    if (lint && lint.attw !== true) failures.push(`attw on ${p.name}'s tarball:\n${lint.attw}`);
    return [
      p.name,
      p.version,
      kB(size.packedBytes),
      kB(size.unpackedBytes),
      String(size.files),
      lint?.publint === true ? 'ok' : 'FAIL',
      lint?.attw === true ? 'ok' : 'FAIL',
      ...runtimes.flatMap((r) => [mark(smoke.get(`${p.name} ${r.label} mjs`)), mark(smoke.get(`${p.name} ${r.label} cjs`))]),
    ];
  });
  const header = ['package', 'version', '.tgz', 'unpacked', 'files', 'publint', 'attw', ...runtimes.flatMap((r) => [`${r.label} ESM`, `${r.label} CJS`])];
  console.log(`\n${markdownTable(header, rows)}`);
  console.log(`consumer types (tsc, module node16, skipLibCheck off): ${types.ok ? 'ok' : 'FAIL'}`);
} catch (error) {
  failures.push(`release:dry stopped: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
} finally {
  await mock?.stop();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

phase('cleanup');
console.log(`\ntimings: ${timings.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length > 0) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exitCode = 1;
} else {
  console.log('✓ release:dry passed: the tarballs install and work as published');
}
