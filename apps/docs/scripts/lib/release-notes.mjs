// The page's "Release" section, appended to info.description: the spec version (the bundled spec's
// info.version) and the changelog of the release the page is built from, or "unreleased".
import { changelogSection } from "./spec-release.mjs";

/** @param {any} bundled the bundled spec @returns {string} */
export function specVersion(bundled) {
  const version = bundled?.info?.version;
  if (typeof version !== "string" || version.trim() === "") {
    throw new Error(`the bundled spec has no info.version (got ${JSON.stringify(version)})`);
  }
  return version;
}

/**
 * @param {string} version the spec's info.version
 * @param {import("./spec-release.mjs").SpecRelease} release
 * @returns {string} markdown: a `# Release` section (a heading of its own in Redoc's menu)
 */
export function releaseNotes(version, { packageName, packageVersion, changelog }) {
  const section = changelog === undefined ? undefined : changelogSection(changelog, packageVersion);
  const lines = ["# Release", "", `Spec version: **${version}** (the spec's \`info.version\`).`, ""];
  if (section === undefined) {
    lines.push(`Release: **unreleased** (\`${packageName}\` ${packageVersion} has no changelog entry yet).`);
  } else {
    lines.push(
      `Release: **${packageVersion}** (of \`${packageName}\` and the packages released with it).`,
      "",
      `## Changelog of ${packageVersion}`,
      "",
      section === "" ? "No entries." : section,
    );
  }
  return `${lines.join("\n")}\n`;
}
