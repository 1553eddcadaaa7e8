// node apps/docs/scripts/place-release.mjs <site-dir> <version> — docs.yml: adds the built page (dist/) to the
// checked-out gh-pages tree under /<version>/ and refreshes /latest/ and the index. See lib/site-versions.mjs.
import { fileURLToPath } from "node:url";
import { placeRelease } from "./lib/site-versions.mjs";

const [siteDir, version] = process.argv.slice(2);
if (!siteDir || !version) {
  console.error("usage: node apps/docs/scripts/place-release.mjs <site-dir> <version>");
  process.exit(2);
}
try {
  const distDir = fileURLToPath(new URL("../dist", import.meta.url));
  const { versions, latest } = placeRelease({ siteDir, distDir, version });
  console.log(`docs site: ${version} placed; latest is ${latest}; versions ${versions.join(", ")}`);
} catch (error) {
  console.error(`place-release: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
