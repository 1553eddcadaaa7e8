// @ts-check
// Mapping changed files to the public packages they belong to, as the check (and changeset status) count them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPublicPackages, filesByPackage } from '../../src/changes/changed-packages.mjs';
import { readChangesetConfig } from '../../src/changes/changeset-config.mjs';
import { repoRoot } from '../../src/paths.mjs';

const pkg = (/** @type {string} */ name, /** @type {string} */ dir) => ({ name, version: '1.0.0', dir: join(repoRoot, dir), private: false });
const packages = [pkg('@backup-api/spec', 'packages/spec'), pkg('@backup-api/client', 'packages/client'), pkg('@x/nested', 'packages/client/nested')];
const { changedFilePatterns } = readChangesetConfig();

describe('files by package', () => {
  it('counts shipped files and leaves out tests and test config (the repo’s changedFilePatterns)', () => {
    const files = ['packages/client/src/index.ts', 'packages/client/test/retry/retry.test.ts', 'packages/client/vitest.config.ts', 'packages/client/README.md'];
    expect(filesByPackage(files, packages, changedFilePatterns)).toEqual(new Map([['@backup-api/client', ['packages/client/src/index.ts', 'packages/client/README.md']]]));
  });

  it('gives a nested package its own files and ignores files of no package', () => {
    const files = ['packages/client/nested/src/a.ts', 'README.md', 'spec/paths/backups.yaml', 'packages/clientele/x.ts'];
    expect(filesByPackage(files, packages, ['**'])).toEqual(new Map([['@x/nested', ['packages/client/nested/src/a.ts']]]));
  });
});

describe('changed public packages', () => {
  const input = { publicPackages: packages, patterns: changedFilePatterns, specPackage: '@backup-api/spec' };

  it('before the first release every public package counts as changed', () => {
    expect(changedPublicPackages({ ...input, files: [], released: false, specChanged: false }).map((p) => p.name)).toEqual([
      '@backup-api/spec',
      '@backup-api/client',
      '@x/nested',
    ]);
  });

  it('a spec edit (source outside the package) makes the spec package changed', () => {
    expect(changedPublicPackages({ ...input, files: ['spec/paths/backups.yaml'], released: true, specChanged: true })).toEqual([
      { name: '@backup-api/spec', reasons: ['the bundled spec differs from the released one'] },
    ]);
  });

  it('nothing changed → nothing to release', () => {
    expect(changedPublicPackages({ ...input, files: ['packages/client/test/a.test.ts'], released: true, specChanged: false })).toEqual([]);
  });
});
