// @ts-check
// Where things are, resolved from this file so every script works from any working directory.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const releaseDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(releaseDir, '..', '..');
export const baselineDir = join(releaseDir, 'baseline');
export const baselineSpecPath = join(baselineDir, 'openapi.json');
export const lastReleasePath = join(baselineDir, 'last-release.json');
export const diffRulesPath = join(releaseDir, 'diff-rules.yaml');
export const bundledSpecPath = join(repoRoot, 'packages', 'spec', 'dist', 'openapi.json');
export const specSourceDir = join(repoRoot, 'spec');
export const changesetDir = join(repoRoot, '.changeset');
export const binDir = join(releaseDir, 'node_modules', '.bin');
/** Downloaded Node runtimes and other throw-away state of the dry run; inside node_modules so never committed. */
export const cacheDir = join(releaseDir, 'node_modules', '.cache', 'backup-api-release');
