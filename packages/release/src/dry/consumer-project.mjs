// @ts-check
// A fresh npm project outside the workspace that installs the published packages by name, the way a user
// would, plus the smoke tests copied next to it. Its .npmrc takes the scope from the local registry and
// everything else from the usual one; no workspace node_modules, settings or links leak in.
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exec } from "../exec.mjs";

/** @param {string} name package name @returns {string} its smoke folder name */
export const smokeName = (name) => name.replace(/^@[^/]+\//, "");

/**
 * @param {string} dir empty folder
 * @param {{ name: string, version: string }[]} packages
 * @param {{ scope: string, url: string, smokeRoot: string }} from
 */
export async function createConsumerProject(dir, packages, { scope, url, smokeRoot }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "backup-api-consumer", private: true, version: "0.0.0" }, null, 2)}\n`,
  );
  // noproxy: an HTTP(S)_PROXY of the environment must not carry the loopback registry's traffic away.
  writeFileSync(join(dir, ".npmrc"), `${scope}:registry=${url}\nnoproxy=${new URL(url).hostname}\n`);
  // npm (not pnpm): the most common way users install.
  await exec(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packages.map((p) => `${p.name}@${p.version}`)],
    { cwd: dir },
  );
  for (const { name } of packages) {
    const from = join(smokeRoot, smokeName(name));
    if (existsSync(from)) cpSync(from, join(dir, "smoke", smokeName(name)), { recursive: true });
  }
}
