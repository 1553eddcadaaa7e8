// Which release of the packages a checkout is: the version of @backup-api/spec (the fixed group's, so the
// version of all four) and its section of packages/spec/CHANGELOG.md, which `changeset version` writes. A
// version without a section there has not been released (nothing published yet, or a build between releases).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** @typedef {{ packageName: string, packageVersion: string, changelog: string | undefined }} SpecRelease */

/** @param {string} specPackageDir the folder of @backup-api/spec @returns {SpecRelease} */
export function readSpecRelease(specPackageDir) {
  const manifestPath = join(specPackageDir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  if (typeof manifest.version !== "string" || manifest.version === "") {
    throw new Error(`${manifestPath} has no version`);
  }
  const changelogPath = join(specPackageDir, "CHANGELOG.md");
  return {
    packageName: manifest.name,
    packageVersion: manifest.version,
    changelog: existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : undefined,
  };
}

/**
 * The body of the `## <version>` section of a changesets CHANGELOG.md, up to the next `## ` heading.
 * @param {string} changelog @param {string} version @returns {string | undefined} undefined: no such section
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start < 0) return undefined;
  const next = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  return lines
    .slice(start + 1, next < 0 ? undefined : next)
    .join("\n")
    .trim();
}

/**
 * The version a docs deploy publishes: the checkout's, and only once released. On a tag (`refs/tags/…`) the
 * tag must name that same version, so a tag pushed on the wrong commit cannot publish other docs under it.
 * @param {SpecRelease} release @param {string} [ref] e.g. GITHUB_REF @returns {string}
 */
export function releasedVersion(release, ref = "") {
  const { packageName, packageVersion, changelog } = release;
  if (changelog === undefined || changelogSection(changelog, packageVersion) === undefined) {
    throw new Error(
      `${packageName}@${packageVersion} is not released: its CHANGELOG.md has no "## ${packageVersion}" section (run this on a release commit or tag)`,
    );
  }
  const tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : undefined;
  if (tag !== undefined && tag !== `${packageName}@${packageVersion}`) {
    throw new Error(`the tag ${tag} does not name this checkout's release ${packageName}@${packageVersion}`);
  }
  return packageVersion;
}
