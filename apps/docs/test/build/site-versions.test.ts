// The hosted site keeps one folder per released version; latest/ follows the newest stable one.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareVersionsDescending, placeRelease } from "../../scripts/lib/site-versions.mjs";

function builtDocs(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dist-"));
  writeFileSync(join(dir, "index.html"), text);
  writeFileSync(join(dir, "openapi.docs.json"), "{}");
  return dir;
}

const read = (...path: string[]) => readFileSync(join(...path), "utf8");

describe("the docs site (gh-pages tree)", () => {
  it("adds each version beside the earlier ones, latest/ follows the newest stable version, whatever the order", () => {
    const siteDir = mkdtempSync(join(tmpdir(), "site-"));
    placeRelease({ siteDir, distDir: builtDocs("docs 1.0.0"), version: "1.0.0" });
    placeRelease({ siteDir, distDir: builtDocs("docs 1.2.0"), version: "1.2.0" });
    placeRelease({ siteDir, distDir: builtDocs("docs 2.0.0-beta.1"), version: "2.0.0-beta.1" });
    // A late rebuild of an older release replaces that release only.
    const result = placeRelease({ siteDir, distDir: builtDocs("docs 1.0.0, rebuilt"), version: "1.0.0" });

    expect(result).toEqual({ versions: ["2.0.0-beta.1", "1.2.0", "1.0.0"], latest: "1.2.0" });
    expect(read(siteDir, "1.0.0", "index.html")).toBe("docs 1.0.0, rebuilt");
    expect(read(siteDir, "1.2.0", "index.html")).toBe("docs 1.2.0");
    expect(read(siteDir, "latest", "index.html")).toBe("docs 1.2.0");
    expect(existsSync(join(siteDir, "latest", "openapi.docs.json"))).toBe(true);
    expect(JSON.parse(read(siteDir, "versions.json"))).toEqual(result);
    const index = read(siteDir, "index.html");
    expect(index).toContain('<a href="latest/">Latest release (1.2.0)</a>');
    expect(index.indexOf('href="2.0.0-beta.1/"')).toBeLessThan(index.indexOf('href="1.2.0/"'));
    expect(index).toContain('<li><a href="1.2.0/">1.2.0</a> (latest)</li>');
    expect(existsSync(join(siteDir, ".nojekyll"))).toBe(true);
  });

  it("leaves files it does not own alone (a CNAME, say)", () => {
    const siteDir = mkdtempSync(join(tmpdir(), "site-"));
    writeFileSync(join(siteDir, "CNAME"), "docs.example.org\n");
    placeRelease({ siteDir, distDir: builtDocs("docs"), version: "1.0.0" });
    expect(read(siteDir, "CNAME")).toBe("docs.example.org\n");
  });

  it("sorts versions numerically, a prerelease below its release", () => {
    expect(["1.10.0", "1.2.0", "1.10.0-rc.1", "0.9.9", "10.0.0"].sort(compareVersionsDescending)).toEqual([
      "10.0.0",
      "1.10.0",
      "1.10.0-rc.1",
      "1.2.0",
      "0.9.9",
    ]);
  });

  it("refuses a bad version, missing docs or a missing site folder, naming what is wrong", () => {
    const siteDir = mkdtempSync(join(tmpdir(), "site-"));
    const distDir = builtDocs("docs");
    expect(() => placeRelease({ siteDir, distDir, version: "latest" })).toThrow(
      'not a release version (x.y.z or x.y.z-pre): "latest"',
    );
    expect(() => placeRelease({ siteDir, distDir, version: "../1.0.0" })).toThrow(/not a release version/);
    const empty = mkdtempSync(join(tmpdir(), "dist-"));
    expect(() => placeRelease({ siteDir, distDir: empty, version: "1.0.0" })).toThrow(`no built docs in ${empty}`);
    const missing = join(siteDir, "nope");
    expect(() => placeRelease({ siteDir: missing, distDir, version: "1.0.0" })).toThrow(`no site folder ${missing}`);
  });
});
