// The workflows validate, and the validator really rejects a broken one: the lint can fail.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateWorkflow } from "../src/validate-workflow.mjs";
import { workflowFiles } from "../src/workflow-files.mjs";

const LINT = fileURLToPath(new URL("../bin/validate-workflows.mjs", import.meta.url));
const BROKEN_DIR = fileURLToPath(new URL("./fixtures/broken-workflows/", import.meta.url));

describe("the GitHub workflows (action-validator 0.6.0, offline)", () => {
  it("finds ci, docs and release, and each one is valid", () => {
    const files = workflowFiles();
    expect(files.map((file) => file.split("/").pop())).toEqual(["ci.yml", "docs.yml", "release.yml"]);
    for (const file of files) {
      const result = validateWorkflow(file);
      expect(result.valid, `${file}:\n${result.findings}`).toBe(true);
    }
  });

  it("rejects a broken workflow, naming each place that is wrong", () => {
    const [broken] = workflowFiles(BROKEN_DIR);
    const result = validateWorkflow(broken!);
    expect(result.valid).toBe(false);
    const findings = JSON.parse(result.findings) as unknown;
    const paths = JSON.stringify(findings);
    expect(paths).toContain('"path":"/on"');
    expect(paths).toContain("Additional property 'stepz' is not allowed");
    expect(paths).toContain('"path":"/jobs/build/steps/0"');
  });

  it("the lint exits 1 and names the file when a workflow is broken", () => {
    const run = spawnSync(process.execPath, [LINT, BROKEN_DIR], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✗ packages/repo-checks/test/fixtures/broken-workflows/broken.yml");
    expect(run.stdout).toContain("1 of 1 workflows are invalid");
  });

  it("the lint fails, naming the folder, when there is no workflow to check", () => {
    const run = spawnSync(process.execPath, [LINT, fileURLToPath(new URL("./fixtures/", import.meta.url))], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no workflow \(\*\.yml, \*\.yaml\) in .*fixtures/);
  });
});
