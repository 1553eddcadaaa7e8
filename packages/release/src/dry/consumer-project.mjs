// @ts-check
// A fresh npm project outside the workspace that installs the published packages by name, the way a user
// would, plus the smoke tests copied next to it. Its .npmrc takes the scope from the local registry and
// everything else from the usual one; no workspace node_modules, settings or links leak in. Other packages a
// smoke test needs (an optional peer, say msw) are installed with them, in the same `npm install`.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { exec } from "../exec.mjs";

/** @param {string} name package name @returns {string} its smoke folder name */
export const smokeName = (name) => name.replace(/^@[^/]+\//, "");

/**
 * @param {string} dir empty folder
 * @param {{ name: string, version: string }[]} packages
 * @param {{ scope: string, url: string, smokeRoot: string, extraPackages?: string[], node?: string }} from
 *   extraPackages: specs such as `msw@2.12.9`, from the usual registry (or the local one, for a name in the scope);
 *   node: the Node binary npm runs on, which it checks `engines` against (default: the `node` on PATH)
 */
export async function createConsumerProject(dir, packages, { scope, url, smokeRoot, extraPackages = [], node }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "backup-api-consumer", private: true, version: "0.0.0" }, null, 2)}\n`,
  );
  // noproxy: an HTTP(S)_PROXY of the environment must not carry the loopback registry's traffic away.
  writeFileSync(join(dir, ".npmrc"), `${scope}:registry=${url}\nnoproxy=${new URL(url).hostname}\n`);
  // npm (not pnpm): the most common way users install. Its bin starts with `#!/usr/bin/env node`.
  const env = node ? { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ""}` } : process.env;
  await exec(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...packages.map((p) => `${p.name}@${p.version}`),
      ...extraPackages,
    ],
    { cwd: dir, env },
  );
  for (const { name } of packages) {
    const from = join(smokeRoot, smokeName(name));
    if (existsSync(from)) cpSync(from, join(dir, "smoke", smokeName(name)), { recursive: true });
  }
}

/**
 * What npm installed at the top of a consumer project, by its package-lock.json.
 * @param {string} dir
 * @returns {(name: string) => { version?: string, integrity?: string } | undefined}
 */
export function installed(dir) {
  /** @type {Record<string, { version?: string, integrity?: string }>} */
  const locked = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")).packages;
  return (name) => locked[`node_modules/${name}`];
}
