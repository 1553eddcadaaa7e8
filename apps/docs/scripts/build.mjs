// pnpm --filter @backup-api/docs build → dist/index.html: one self-contained page, no network needed.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { decorateSpec } from "./lib/decorate-spec.mjs";
import { GUIDE_SAMPLES_DIR, GUIDES_DIR, loadGuides } from "./lib/guides.mjs";
import { makeOffline } from "./lib/make-offline.mjs";
import { releaseNotes, specVersion } from "./lib/release-notes.mjs";
import { readSpecRelease } from "./lib/spec-release.mjs";
import { loadTypeScriptSamples, SAMPLES_DIR } from "./lib/typescript-samples.mjs";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const work = mkdtempSync(join(tmpdir(), "backup-api-docs-"));
const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

const bundled = JSON.parse(readFileSync(require.resolve("@backup-api/spec/openapi.json"), "utf8"));
const doc = decorateSpec(bundled, {
  introduction: readFileSync(join(root, "intro", "introduction.md"), "utf8"),
  // after the introduction, each with its code put in from samples/guides/ (checked there like the samples)
  guides: loadGuides(fileURLToPath(GUIDES_DIR), fileURLToPath(GUIDE_SAMPLES_DIR)),
  typeScriptSamples: (ids) => loadTypeScriptSamples(ids, fileURLToPath(SAMPLES_DIR)),
});
// The spec version and the changelog of the release this page is built from (or "unreleased"), last.
const release = readSpecRelease(dirname(require.resolve("@backup-api/spec/package.json")));
doc.info.description = `${doc.info.description.trimEnd()}\n\n${releaseNotes(specVersion(bundled), release)}`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const specFile = join(work, "openapi.docs.json");
writeFileSync(specFile, JSON.stringify(doc, null, 2));
const rawPage = join(work, "redoc.html");

try {
  execFileSync(
    process.execPath,
    [
      redocly,
      "build-docs",
      specFile,
      "--inlineBundle",
      "--output",
      rawPage,
      "--title",
      doc.info.title,
      "--config",
      join(root, "redocly.yaml"),
      "--lint-config",
      "error",
    ],
    { stdio: "pipe", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
  );
} catch (error) {
  // Redocly's own output says what failed; show it (it is hidden on success: only a Node-version banner).
  const { stdout = "", stderr = "" } = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error);
  process.stderr.write(`${stdout}${stderr}`);
  rmSync(work, { recursive: true, force: true });
  throw new Error("redocly build-docs failed (output above)");
}

const page = join(dist, "index.html");
writeFileSync(page, makeOffline(readFileSync(rawPage, "utf8")));
// The rendered spec ships beside the page for anyone who wants the docs' exact input.
writeFileSync(join(dist, "openapi.docs.json"), JSON.stringify(doc, null, 2));
rmSync(work, { recursive: true, force: true });
console.log(`docs: ${page} (${(statSync(page).size / 1024).toFixed(0)} KiB)`);
