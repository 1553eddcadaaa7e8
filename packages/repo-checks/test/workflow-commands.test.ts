// What the validator cannot see: the commands the workflows run exist in this repo, and CI runs exactly the
// README's test command.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageJson, readText, readWorkflow, REPO_ROOT } from "./support/repo-files.js";

const WORKFLOWS = ["ci.yml", "docs.yml", "release.yml"];
// pnpm's own commands (and the binaries of the root's devDependencies) that the workflows call.
const PNPM_COMMANDS = new Set(["install", "turbo", "exec"]);

/** Every command line of a workflow: the `run` of each step, and the commands handed to changesets/action. */
function commandLines(name: string): string[] {
  const workflow = readWorkflow(name);
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).flatMap((step) => {
      const handed = Object.values((step as { with?: Record<string, unknown> }).with ?? {}).filter(
        (value): value is string => typeof value === "string" && /^(pnpm|node) /.test(value),
      );
      return [...(step.run ? step.run.split(/\n|&&|;/) : []), ...handed].map((line) => line.trim()).filter(Boolean);
    }),
  );
}

describe("the commands the workflows run", () => {
  it("ci.yml runs the README's test command, as .ci/run does", () => {
    const command = /\*\*Test it\*\*[\s\S]*?```sh\n(.+)\n```/.exec(readText("README.md"))?.[1];
    expect(command, "the README's test command").toBe("corepack enable && pnpm install && pnpm test");
    const runs = (readWorkflow("ci.yml").jobs.test?.steps ?? []).map((step) => step.run);
    expect(runs).toContain(command);
    expect(readText(".ci/run").trim().split("\n").at(-1)).toBe(command);
  });

  it("every `pnpm <name>` is a root script or a pnpm command, every `node <file>` exists", () => {
    const scripts = new Set(Object.keys(readPackageJson(".").scripts ?? {}));
    const checked: string[] = [];
    for (const name of WORKFLOWS) {
      for (const line of commandLines(name)) {
        const pnpm = /^pnpm (\S+)/.exec(line);
        if (pnpm) expect(scripts.has(pnpm[1]!) || PNPM_COMMANDS.has(pnpm[1]!), `${name}: ${line}`).toBe(true);
        const node = /(?:^|\$\()node (\S+\.m?js)/.exec(line);
        if (node) expect(existsSync(join(REPO_ROOT, node[1]!)), `${name}: ${line}`).toBe(true);
        checked.push(...[pnpm?.[1], node?.[1]].filter((found): found is string => found !== undefined));
      }
    }
    // The parsing found the commands at all (an empty list would pass the loop above).
    expect(checked).toEqual(
      expect.arrayContaining([
        "test",
        "release:version",
        "release:publish",
        "apps/docs/scripts/release-version.mjs",
        "apps/docs/scripts/place-release.mjs",
      ]),
    );
  });
});
