// The page shows the spec version and the changelog of the release it is built from (or "unreleased").
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { releaseNotes, specVersion } from "../../scripts/lib/release-notes.mjs";
import { changelogSection, readSpecRelease, releasedVersion } from "../../scripts/lib/spec-release.mjs";
import { bundledSpec, PAGE, RENDERED_SPEC } from "../support/paths.js";

// What `changeset version` writes for the fixed group.
const CHANGELOG = `# @backup-api/spec

## 1.2.0

### Minor Changes

- 3f2a1b0: list takes \`pageSize\` up to 1000

### Patch Changes

- 9c8d7e6: clearer description of \`Backup.size\`

## 1.1.0

### Minor Changes

- 1a2b3c4: startRecovery
`;

const released = { packageName: "@backup-api/spec", packageVersion: "1.2.0", changelog: CHANGELOG };

describe("the release section of the page", () => {
  it("takes exactly the release's section of the changelog", () => {
    expect(changelogSection(CHANGELOG, "1.2.0")).toBe(
      "### Minor Changes\n\n- 3f2a1b0: list takes `pageSize` up to 1000\n\n### Patch Changes\n\n- 9c8d7e6: clearer description of `Backup.size`",
    );
    expect(changelogSection(CHANGELOG, "1.1.0")).toBe("### Minor Changes\n\n- 1a2b3c4: startRecovery");
    expect(changelogSection(CHANGELOG, "1.1")).toBeUndefined();
  });

  it("shows the spec version and the changelog of a released version", () => {
    const notes = releaseNotes("1.0.0", released);
    expect(notes).toContain("# Release\n");
    expect(notes).toContain("Spec version: **1.0.0** (the spec's `info.version`).");
    expect(notes).toContain("Release: **1.2.0** (of `@backup-api/spec` and the packages released with it).");
    expect(notes).toContain(
      "## Changelog of 1.2.0\n\n### Minor Changes\n\n- 3f2a1b0: list takes `pageSize` up to 1000",
    );
    expect(notes).not.toContain("startRecovery");
  });

  it('says "unreleased" without a changelog, or when it has no section for this version', () => {
    for (const changelog of [undefined, "# @backup-api/spec\n"]) {
      const notes = releaseNotes("1.0.0", { ...released, packageVersion: "0.0.0", changelog });
      expect(notes).toContain("Spec version: **1.0.0**");
      expect(notes).toContain("Release: **unreleased** (`@backup-api/spec` 0.0.0 has no changelog entry yet).");
      expect(notes).not.toContain("Changelog of");
    }
  });

  it("refuses a spec without info.version, naming what it got", () => {
    expect(specVersion(bundledSpec())).toBe(bundledSpec().info.version);
    expect(() => specVersion({ info: {} })).toThrow("the bundled spec has no info.version (got undefined)");
    expect(() => specVersion({ info: { version: " " } })).toThrow('the bundled spec has no info.version (got " ")');
  });

  it("reads the release from the spec package's folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-release-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@backup-api/spec", version: "1.2.0" }));
    expect(readSpecRelease(dir)).toEqual({ ...released, changelog: undefined });
    writeFileSync(join(dir, "CHANGELOG.md"), CHANGELOG);
    expect(readSpecRelease(dir)).toEqual(released);
    const nameless = join(dir, "no-version");
    mkdirSync(nameless);
    writeFileSync(join(nameless, "package.json"), JSON.stringify({ name: "@backup-api/spec" }));
    expect(() => readSpecRelease(nameless)).toThrow(`${join(nameless, "package.json")} has no version`);
  });

  it("the built page shows the bundled spec's version and this checkout's release", () => {
    const version = bundledSpec().info.version as string;
    const rendered = JSON.parse(readFileSync(RENDERED_SPEC, "utf8")) as { info: { description: string } };
    expect(rendered.info.description).toMatch(
      new RegExp(`# Release\\n\\nSpec version: \\*\\*${version.replace(/\./g, "\\.")}\\*\\*`),
    );
    expect(rendered.info.description).toMatch(/Release: \*\*(unreleased|\d+\.\d+\.\d+\S*)\*\*/);
    const html = readFileSync(PAGE, "utf8");
    expect(html).toContain(`Spec version: <strong>${version}</strong>`);
  });
});

describe("the version a docs deploy publishes (release-version.mjs)", () => {
  it("is the checkout's version once released, and the tag must name it", () => {
    expect(releasedVersion(released)).toBe("1.2.0");
    expect(releasedVersion(released, "refs/heads/main")).toBe("1.2.0");
    expect(releasedVersion(released, "refs/tags/@backup-api/spec@1.2.0")).toBe("1.2.0");
    expect(() => releasedVersion(released, "refs/tags/@backup-api/spec@1.1.0")).toThrow(
      "the tag @backup-api/spec@1.1.0 does not name this checkout's release @backup-api/spec@1.2.0",
    );
  });

  it("refuses a version that has no changelog entry", () => {
    expect(() => releasedVersion({ ...released, packageVersion: "1.3.0" })).toThrow(
      '@backup-api/spec@1.3.0 is not released: its CHANGELOG.md has no "## 1.3.0" section',
    );
    expect(() => releasedVersion({ ...released, changelog: undefined })).toThrow(/is not released/);
  });
});
