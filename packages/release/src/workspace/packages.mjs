// @ts-check
// The workspace's packages as pnpm sees them, so new packages are picked up without editing this tool.
import { exec } from '../exec.mjs';
import { repoRoot } from '../paths.mjs';

/** @typedef {{ name: string, version: string, dir: string, private: boolean }} WorkspacePackage */

/** @returns {Promise<WorkspacePackage[]>} every workspace package except the root */
export async function workspacePackages() {
  const out = await exec('pnpm', ['ls', '-r', '--depth', '-1', '--json'], { cwd: repoRoot });
  /** @type {{ name: string, version?: string, path: string, private?: boolean }[]} */
  const listed = JSON.parse(out);
  return listed
    .filter((p) => p.path !== repoRoot)
    .map((p) => ({ name: p.name, version: p.version ?? '0.0.0', dir: p.path, private: p.private === true }));
}

/** @returns {Promise<WorkspacePackage[]>} the packages that get published */
export async function publicPackages() {
  return (await workspacePackages()).filter((p) => !p.private);
}
