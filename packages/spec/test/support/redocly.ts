// Runs the repo's Redocly CLI with the repo's redocly.yaml and returns its JSON report.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const redocly = fileURLToPath(new URL("../../node_modules/.bin/redocly", import.meta.url));

export interface LintProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: { source: { ref: string }; pointer: string }[];
}
export interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

/** `redocly lint` with --format=json; `targets` are file paths or API aliases from redocly.yaml. */
export function lint(targets: string[]): LintReport {
  const run = spawnSync(redocly, ["lint", ...targets, "--format=json", "--max-problems=1000"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const start = run.stdout.indexOf("{");
  if (start < 0) throw new Error(`redocly lint printed no JSON report (exit ${run.status}):\n${run.stderr}`);
  // One report per linted file, printed back to back (`}{`): merge them into one.
  const reports = JSON.parse(
    `[${run.stdout
      .slice(start)
      .trim()
      .replace(/\n}{\n/g, "\n},{\n")}]`,
  ) as LintReport[];
  return {
    totals: {
      errors: reports.reduce((n, r) => n + r.totals.errors, 0),
      warnings: reports.reduce((n, r) => n + r.totals.warnings, 0),
      ignored: reports.reduce((n, r) => n + r.totals.ignored, 0),
    },
    problems: reports.flatMap((r) => r.problems),
  };
}
