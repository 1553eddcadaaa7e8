// @ts-check
// Which public packages changed since the last release, and why.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import micromatch from 'micromatch';
import { repoRoot } from '../paths.mjs';

/** @typedef {import('../workspace/packages.mjs').WorkspacePackage} WorkspacePackage */
/** @typedef {{ name: string, reasons: string[] }} ChangedPackage */

/**
 * Maps changed files (repo-relative) to the packages that hold them. A file counts when it matches the
 * `changedFilePatterns` of .changeset/config.json (tests and tool config do not ship, so they need no changeset).
 * @param {string[]} files
 * @param {WorkspacePackage[]} packages
 * @param {string[]} patterns
 * @returns {Map<string, string[]>} package name → its changed files (repo-relative)
 */
export function filesByPackage(files, packages, patterns) {
  // Deepest folder first, so a package nested in another claims its own files.
  const byDepth = packages
    .map((p) => ({ name: p.name, dir: relative(repoRoot, p.dir).split(sep).join('/') }))
    .sort((a, b) => b.dir.length - a.dir.length);
  /** @type {Map<string, string[]>} */
  const result = new Map();
  for (const file of files) {
    const owner = byDepth.find((p) => file.startsWith(`${p.dir}/`));
    if (!owner) continue;
    // The same call `changeset status` makes, so both agree on what counts ("!" patterns exclude).
    if (micromatch([file.slice(owner.dir.length + 1)], patterns).length === 0) continue;
    result.set(owner.name, [...(result.get(owner.name) ?? []), file]);
  }
  return result;
}

/**
 * @param {{ files: string[], publicPackages: WorkspacePackage[], patterns: string[],
 *   released: boolean, specChanged: boolean, specPackage: string }} input
 * @returns {ChangedPackage[]}
 */
export function changedPublicPackages({ files, publicPackages, patterns, released, specChanged, specPackage }) {
  const byPackage = filesByPackage(files, publicPackages, patterns);
  return publicPackages.flatMap((p) => {
    /** @type {string[]} */
    const reasons = [];
    if (!released) return [{ name: p.name, reasons: ['never released'] }];
    // The spec's source lives at the repo root (spec/), outside the package: its bundle is what ships.
    if (released && specChanged && p.name === specPackage) reasons.push('the bundled spec differs from the released one');
    const own = byPackage.get(p.name) ?? [];
    if (own.length > 0) reasons.push(`${own.length} file(s) changed: ${own.slice(0, 3).join(', ')}${own.length > 3 ? ', …' : ''}`);
    return reasons.length > 0 ? [{ name: p.name, reasons }] : [];
  });
}

/** @param {string} a @param {string} b */
export function sameJsonFile(a, b) {
  return JSON.stringify(JSON.parse(readFileSync(a, 'utf8'))) === JSON.stringify(JSON.parse(readFileSync(b, 'utf8')));
}
