// @ts-check
// The dry run's small pieces that need no network: "is it built", tarball sizes, attw options, the table.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingEntryFiles } from '../../src/dry/built.mjs';
import { attwArgs } from '../../src/dry/lint-tarball.mjs';
import { markdownTable } from '../../src/dry/report-table.mjs';
import { tarballSize } from '../../src/dry/tarball-size.mjs';
import { repoRoot } from '../../src/paths.mjs';

const dir = mkdtempSync(join(tmpdir(), 'backup-api-dry-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('missing entry files (a package that is not built yet)', () => {
  it('names every file the exports map promises that does not exist', () => {
    const pkg = join(dir, 'pkg');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'dist', 'index.js'), '');
    const exports = { '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } }, './package.json': './package.json' };
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'x', exports, main: './dist/index.cjs' }));
    expect(missingEntryFiles(pkg).sort()).toEqual(['./dist/index.cjs', './dist/index.d.ts']);
  });

  it('the built spec package has everything', () => {
    expect(missingEntryFiles(join(repoRoot, 'packages', 'spec'))).toEqual([]);
  });
});

describe('tarball size', () => {
  it('reads packed size, unpacked bytes and file count from a real .tgz', () => {
    const src = join(dir, 'src', 'package');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'a.txt'), 'x'.repeat(1000));
    writeFileSync(join(src, 'b.txt'), 'y'.repeat(600));
    const tgz = join(dir, 'p.tgz');
    execFileSync('tar', ['-czf', tgz, '-C', join(dir, 'src'), 'package']);
    const size = tarballSize(tgz);
    expect(size).toMatchObject({ unpackedBytes: 1600, files: 2 });
    expect(size.packedBytes).toBeGreaterThan(0);
    expect(size.packedBytes).toBeLessThan(1600);
  });
});

describe('attw options follow the package’s own lint script', () => {
  it('keeps the spec’s excluded YAML entry point', () => {
    expect(attwArgs(join(repoRoot, 'packages', 'spec'))).toEqual(['--profile', 'node16', '--exclude-entrypoints', './openapi.yaml']);
  });

  it('defaults to the node16 profile', () => {
    const pkg = join(dir, 'nolint');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'y', scripts: { lint: 'tsc' } }));
    expect(attwArgs(pkg)).toEqual(['--profile', 'node16']);
  });
});

it('markdown table pads columns', () => {
  expect(markdownTable(['a', 'bb'], [['xxx', 'y']])).toBe('| a   | bb |\n| --- | -- |\n| xxx | y  |');
});
