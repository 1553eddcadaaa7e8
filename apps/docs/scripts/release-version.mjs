// node apps/docs/scripts/release-version.mjs [git-ref] — docs.yml: prints the released version this checkout
// is (the version of @backup-api/spec), failing when it has no changelog entry or the tag names another one.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { readSpecRelease, releasedVersion } from "./lib/spec-release.mjs";

const require = createRequire(import.meta.url);
try {
  const release = readSpecRelease(dirname(require.resolve("@backup-api/spec/package.json")));
  console.log(releasedVersion(release, process.argv[2]));
} catch (error) {
  console.error(`release-version: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
