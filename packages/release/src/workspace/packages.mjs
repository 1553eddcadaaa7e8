// @ts-check
// The workspace's packages, found the way changesets finds them (@manypkg/get-packages), so a new package is
// picked up without editing this tool.
import { getPackages } from "@manypkg/get-packages";
import { repoRoot } from "../paths.mjs";

/**
 * @typedef {{ name: string, version: string, dir: string, publishRegistries: string[] }} WorkspacePackage
 * publishRegistries: registries its `publishConfig` names (`registry`, `@scope:registry`), which win over the
 * environment when changesets publishes.
 */

/** @returns {Promise<WorkspacePackage[]>} the packages that get published */
export async function publicPackages() {
  const { packages } = await getPackages(repoRoot);
  return packages
    .filter((p) => p.packageJson.private !== true)
    .map((p) => ({
      name: p.packageJson.name,
      version: p.packageJson.version,
      dir: p.dir,
      publishRegistries: Object.entries(p.packageJson.publishConfig ?? {})
        .filter(([key]) => key.endsWith("registry"))
        .map(([, url]) => String(url)),
    }));
}
