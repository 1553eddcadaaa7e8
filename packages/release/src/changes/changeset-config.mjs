// @ts-check
// What the check reads from .changeset/config.json: the fixed group and which package files count as a change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changesetDir } from '../paths.mjs';

/** @returns {{ fixed: string[][], changedFilePatterns: string[] }} */
export function readChangesetConfig() {
  const path = join(changesetDir, 'config.json');
  /** @type {any} */
  const config = JSON.parse(readFileSync(path, 'utf8'));
  const fixed = Array.isArray(config.fixed) ? config.fixed : [];
  const changedFilePatterns = Array.isArray(config.changedFilePatterns) ? config.changedFilePatterns : ['**'];
  return { fixed, changedFilePatterns };
}
