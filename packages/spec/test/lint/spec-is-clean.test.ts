import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lint } from "../support/redocly.js";

describe("redocly lint of spec/", () => {
  it("reports zero errors and zero warnings", () => {
    const report = lint(["backup@v1"]);
    const summary = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`);
    expect(summary).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("excepts only the service's custom-verb and camelCase routes from paths-kebab-case", () => {
    // The ignored problems are the routes listed in .redocly.lint-ignore.yaml, one each: the custom methods
    // (`{backupId}:startRecovery`, `{policyId}:apply|:execute|:revoke`, `{name}:activate`, `{operationId}:cancel`)
    // and SetupService's literal segment `getAgentInstallCommand`. Any other path must pass the rule.
    const ignoreFile = readFileSync(new URL("../../../../.redocly.lint-ignore.yaml", import.meta.url), "utf8");
    const excepted = [
      ...ignoreFile.matchAll(/^(spec\/paths\/\S+\.yaml):\n(?: {2}#.*\n)* {2}paths-kebab-case:\n {4}- '#\/'$/gm),
    ];
    expect(excepted.map((match) => match[1])).toEqual([
      "spec/paths/backups@{backupId}_startRecovery.yaml",
      "spec/paths/policies@{policyId}_apply.yaml",
      "spec/paths/policies@{policyId}_execute.yaml",
      "spec/paths/policies@{policyId}_revoke.yaml",
      "spec/paths/providers@{name}_activate.yaml",
      "spec/paths/setup@getAgentInstallCommand.yaml",
      "spec/paths/operations@{operationId}_cancel.yaml",
    ]);
    expect(lint(["backup@v1"]).totals.ignored).toBe(excepted.length);
  });
});
