// @ts-check
// Where things are. The tool's own files resolve from this file; the repo it checks is the one around it,
// or BACKUP_API_REPO_ROOT (the flow test points the real scripts at a throw-away clone).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const releaseDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = process.env.BACKUP_API_REPO_ROOT ? resolve(process.env.BACKUP_API_REPO_ROOT) : join(releaseDir, '..', '..');
export const baselineDir = join(repoRoot, 'packages', 'release', 'baseline');
export const baselineSpecPath = join(baselineDir, 'openapi.json');
export const lastReleasePath = join(baselineDir, 'last-release.json');
export const bundledSpecPath = join(repoRoot, 'packages', 'spec', 'dist', 'openapi.json');
export const specSourceDir = join(repoRoot, 'spec');
export const changesetDir = join(repoRoot, '.changeset');
export const diffRulesPath = join(releaseDir, 'diff-rules.yaml');
export const binDir = join(releaseDir, 'node_modules', '.bin');
/** Downloaded Node runtimes and other throw-away state of the dry run; inside node_modules so never committed. */
export const cacheDir = join(releaseDir, 'node_modules', '.cache', 'backup-api-release');
