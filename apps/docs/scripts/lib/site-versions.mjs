// The hosted docs site (the gh-pages tree): one folder per released version, `latest/` a copy of the newest
// stable one, an index page listing them and versions.json for tools. Earlier versions are never touched.
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** @param {string} version */
export function assertVersion(version) {
  if (!VERSION.test(version)) throw new Error(`not a release version (x.y.z or x.y.z-pre): ${JSON.stringify(version)}`);
}

/** Newest first; a prerelease sorts below its release. @param {string} a @param {string} b */
export function compareVersionsDescending(a, b) {
  const [, ...left] = /** @type {RegExpExecArray} */ (VERSION.exec(a));
  const [, ...right] = /** @type {RegExpExecArray} */ (VERSION.exec(b));
  for (let i = 0; i < 3; i++) {
    const difference = Number(right[i]) - Number(left[i]);
    if (difference !== 0) return difference;
  }
  if (left[3] === right[3]) return 0;
  if (left[3] === undefined) return -1;
  if (right[3] === undefined) return 1;
  return right[3].localeCompare(left[3]);
}

/** @param {string[]} versions newest first @param {string} latest */
function indexPage(versions, latest) {
  const items = versions.map(
    (version) => `<li><a href="${version}/">${version}</a>${version === latest ? " (latest)" : ""}</li>`,
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Cloud Backup API reference</title></head>
<body>
<h1>Cloud Backup API reference</h1>
<p><a href="latest/">Latest release (${latest})</a></p>
<ul>
${items.join("\n")}
</ul>
</body>
</html>
`;
}

/**
 * Puts the built docs (`distDir`) under `<siteDir>/<version>/`, replacing that version only, then rewrites
 * `latest/`, `index.html`, `versions.json` and `.nojekyll` from the versions the site now holds.
 * @param {{ siteDir: string, distDir: string, version: string }} where
 * @returns {{ versions: string[], latest: string }}
 */
export function placeRelease({ siteDir, distDir, version }) {
  assertVersion(version);
  if (!existsSync(join(distDir, "index.html")))
    throw new Error(
      `no built docs in ${distDir}: build them first (pnpm turbo run build --filter=@backup-api/docs...)`,
    );
  if (!existsSync(siteDir)) throw new Error(`no site folder ${siteDir}: check out the gh-pages branch there first`);
  const target = join(siteDir, version);
  rmSync(target, { recursive: true, force: true });
  cpSync(distDir, target, { recursive: true });

  const versions = readdirSync(siteDir)
    .filter((name) => VERSION.test(name))
    .sort(compareVersionsDescending);
  const latest = versions.find((name) => !name.includes("-")) ?? /** @type {string} */ (versions[0]);
  rmSync(join(siteDir, "latest"), { recursive: true, force: true });
  cpSync(join(siteDir, latest), join(siteDir, "latest"), { recursive: true });
  writeFileSync(join(siteDir, "index.html"), indexPage(versions, latest));
  writeFileSync(join(siteDir, "versions.json"), `${JSON.stringify({ latest, versions }, null, 2)}\n`);
  // Served as files as they are: no Jekyll processing if Pages ever builds the branch itself.
  writeFileSync(join(siteDir, ".nojekyll"), "");
  return { versions, latest };
}
