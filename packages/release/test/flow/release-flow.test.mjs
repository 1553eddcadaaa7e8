// @ts-check
// The whole flow on a real clone with the real scripts: first release, then edits after it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseDir } from "../../src/paths.mjs";
import { makeClone } from "../support/throwaway-clone.mjs";

/** @type {ReturnType<typeof makeClone>} */
let clone;

beforeAll(() => {
  clone = makeClone();
});
afterAll(() => clone?.remove());

describe("release flow", () => {
  it("before any release: every public package counts as changed and the pending changeset covers them", () => {
    const { code, output } = clone.check();
    expect(output).toContain("nothing released yet");
    expect(output).toMatch(/@backup-api\/spec\s+never released\s+⇒\s+minor/);
    expect(code).toBe(0);
  });

  it("changeset version bumps the fixed group together; once committed and tagged (as changeset publish tags), nothing is pending", () => {
    clone.changeset(["version"]);
    clone.git(["add", "-A", "."]);
    clone.git(["commit", "--quiet", "-m", "Release 0.1.0"]);
    // `changeset publish` tags every package it publishes; `changeset tag` writes those same tags without a registry.
    clone.changeset(["tag"]);
    expect(clone.git(["tag", "--list"]).split("\n")).toEqual(
      expect.arrayContaining(["@backup-api/spec@0.1.0", "@backup-api/types@0.1.0"]),
    );
    const { code, output } = clone.check();
    expect(output).toContain("changes since the last release, @backup-api/spec@0.1.0");
    expect(output).toContain("no public package changed");
    expect(output).toContain("the spec equals the released one");
    expect(output).toMatch(/released consumer type tests \(\d+ files\) against the current packages: compile/);
    expect(code).toBe(0);
  });

  it("a shallow clone without the tags warns that a release may be hidden from it", () => {
    const shallow = mkdtempSync(join(tmpdir(), "backup-api-release-shallow-"));
    try {
      execFileSync("git", ["clone", "--quiet", "--depth", "1", "--no-tags", `file://${clone.dir}`, shallow]);
      const result = spawnSync(process.execPath, [join(releaseDir, "bin", "check.mjs")], {
        env: { ...process.env, BACKUP_API_REPO_ROOT: shallow },
        encoding: "utf8",
      });
      expect(result.stdout).toContain("nothing released yet");
      expect(result.stderr).toContain("this is a shallow clone, which may lack the release tags");
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it("a changed test needs no changeset; a changed shipped file does (changedFilePatterns)", () => {
    const undoTest = clone.editFile("packages/client/vitest.config.ts", (t) => `${t}\n// edited\n`);
    expect(clone.check().output).toContain("no public package changed");
    const undoSource = clone.editFile("packages/client/README.md", (t) => `${t}\nEdited.\n`);
    const { code, output } = clone.check();
    undoTest();
    undoSource();
    expect(output).toContain(
      "@backup-api/client changed (its files changed since @backup-api/spec@0.1.0) but no changeset releases it",
    );
    expect(code).toBe(1);
  });

  it("a break only the types show (BackupType loses INCREMENTAL in the .d.ts, spec unchanged) fails through the released consumer type tests", () => {
    const restore = ["index.d.ts", "index.d.cts"].map((f) =>
      clone.editFile(`packages/types/dist/${f}`, (t) =>
        t.replace(
          'BackupType: "TYPE_UNSPECIFIED" | "FULL" | "INCREMENTAL";',
          'BackupType: "TYPE_UNSPECIFIED" | "FULL";',
        ),
      ),
    );
    const { code, output } = clone.check();
    restore.forEach((undo) => undo());
    expect(output).toContain("DO NOT compile");
    expect(output).toContain("no longer compile against the current packages");
    expect(output).toMatch(/consumer\.mts.*error TS2322/);
    expect(code).toBe(1);
  });

  it("a breaking spec edit without a changeset fails, naming the package and the breaking change", () => {
    // Renaming a field removes the old one: code that reads `vaultId` breaks.
    clone.editFile("spec/components/schemas/Backup.yaml", (t) => t.replace("\n  vaultId:\n", "\n  vaultID:\n"));
    const { code, output } = clone.check();
    expect(output).toMatch(
      /@backup-api\/spec changed \(the spec differs from the released one \(\d+ change\(s\)\)\) but no changeset releases it/,
    );
    expect(output).toMatch(/`vaultId` was renamed.*\[property-removed\]/);
    expect(code).toBe(1);
  });

  it("… with a minor changeset still fails: breaking needs major", () => {
    clone.addChangeset("rename-vault-id", "minor");
    const { code, output } = clone.check();
    expect(output).toMatch(
      /need a major changeset \(planned: @backup-api\/spec minor, @backup-api\/types minor, @backup-api\/client minor, @backup-api\/emulator minor\)/,
    );
    expect(code).toBe(1);
  });

  it("… with a major changeset passes", () => {
    clone.addChangeset("rename-vault-id", "major");
    const { code, output } = clone.check();
    expect(output).toContain("major: 0.1.0 → 1.0.0");
    expect(code).toBe(0);
  });

  it("an added optional field passes with a minor changeset but not with a patch one", () => {
    clone.git(["checkout", "--quiet", "--", "spec"]);
    clone.editFile("spec/components/schemas/Backup.yaml", (t) =>
      t.replace("\n  vaultId:\n", "\n  label:\n    type: string\n    description: A label.\n  vaultId:\n"),
    );
    clone.addChangeset("rename-vault-id", "patch");
    const patch = clone.check();
    expect(patch.output).toContain("need at least a minor changeset");
    expect(patch.code).toBe(1);
    clone.addChangeset("rename-vault-id", "minor");
    expect(clone.check().code).toBe(0);
  });
});
