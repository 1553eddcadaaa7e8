#!/usr/bin/env node
// @ts-check
// `pnpm lint` (this package's lint): every workflow in .github/workflows must pass action-validator, offline.
// An optional argument names another folder of workflows (the tests point it at a broken one).
import { relative } from "node:path";
import { validateWorkflow } from "../src/validate-workflow.mjs";
import { REPO_ROOT, workflowFiles } from "../src/workflow-files.mjs";

try {
  const results = workflowFiles(process.argv[2]).map(validateWorkflow);
  for (const { file, valid, findings } of results) {
    console.log(`${valid ? "✓" : "✗"} ${relative(REPO_ROOT, file)}`);
    if (!valid) console.log(findings.replace(/^/gm, "    "));
  }
  const invalid = results.filter((result) => !result.valid).length;
  console.log(
    invalid
      ? `${invalid} of ${results.length} workflows are invalid`
      : `${results.length} workflows valid (action-validator)`,
  );
  process.exitCode = invalid ? 1 : 0;
} catch (error) {
  console.error(`✗ validate-workflows: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
