// @ts-check
// The second breaking-change detector: the consumer type tests of the last release (src/dry/smoke/*/consumer.*ts
// as they were in the release commit) must still compile against the packages as they are now. It sees what
// a spec diff cannot: a renamed type export, a changed client signature, a generator upgrade.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { exec } from "../exec.mjs";
import { SMOKE_FOLDER, binDir } from "../paths.mjs";
import { consumerTsconfig } from "../consumer-tsconfig.mjs";
import { missingEntryFiles } from "../dry/built.mjs";
import { withFolderAtCommit } from "../releases/folder-at-commit.mjs";

/** @typedef {{ ok: true, files: string[] } | { ok: false, files: string[], errors: string }} CompatResult */

/**
 * @param {string} releaseCommit
 * @param {import('../workspace/packages.mjs').WorkspacePackage[]} packages the public packages, built
 * @returns {Promise<CompatResult>}
 */
export async function checkReleasedConsumerTypes(releaseCommit, packages) {
  for (const p of packages) {
    const missing = missingEntryFiles(p.dir);
    if (missing.length > 0) throw new Error(`${p.name} is not built (missing ${missing.join(", ")}): run pnpm build`);
  }
  return withFolderAtCommit(releaseCommit, SMOKE_FOLDER, async (root) => {
    const dir = join(root, SMOKE_FOLDER);
    const inCommit = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }) : [];
    const files = inCommit.filter((f) => /(^|\/)consumer\.[cm]ts$/.test(f));
    if (files.length === 0) return { ok: true, files };
    // The current packages, where a user's node_modules would have them; their own dependencies resolve
    // from their real folders.
    for (const p of packages) {
      const link = join(dir, "node_modules", ...p.name.split("/"));
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(p.dir, link, "dir");
    }
    // Only whether the consumer code still compiles matters here (4x faster); the dry run checks the .d.ts.
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(consumerTsconfig(files, { checkDeclarations: false })));
    try {
      await exec(join(binDir, "tsc"), ["-p", join(dir, "tsconfig.json")], { cwd: dir });
      return { ok: true, files };
    } catch (error) {
      const err = /** @type {{ stdout?: string, message: string }} */ (error);
      return { ok: false, files, errors: (err.stdout || err.message).trim() };
    }
  });
}
