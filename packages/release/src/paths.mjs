// @ts-check
// Where things are. The tool's own files resolve from this file; the repo it checks is the one around it,
// or BACKUP_API_REPO_ROOT (the flow test points the real scripts at a throw-away clone).
import { realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const releaseDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// Real path: git names files under the resolved top level, so a symlink in the path would match no package.
export const repoRoot = realpathSync(
  process.env.BACKUP_API_REPO_ROOT ? resolve(process.env.BACKUP_API_REPO_ROOT) : join(releaseDir, "..", ".."),
);
/** The spec's source (its root document and every file it refers to): what @backup-api/spec bundles. */
export const SPEC_FOLDER = "spec";
export const SPEC_ROOT_FILE = "openapi.yaml";
/** The consumer tests of each public package, repo-relative (the compat check reads them from the release commit). */
export const SMOKE_FOLDER = "packages/release/src/dry/smoke";
export const diffRulesPath = join(releaseDir, "diff-rules.yaml");
export const binDir = join(releaseDir, "node_modules", ".bin");
/** Downloaded Node runtimes of the dry run; inside node_modules so never committed, reused across runs. */
export const cacheDir = join(releaseDir, "node_modules", ".cache", "backup-api-release");
