// The repo files these tests compare, read fresh by each test.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "../../src/workflow-files.mjs";

export { REPO_ROOT };

export interface PackageJson {
  name: string;
  private?: boolean;
  engines?: { node?: string };
  scripts?: Record<string, string>;
}

export function readText(path: string): string {
  return readFileSync(join(REPO_ROOT, path), "utf8");
}

export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readText(join(dir, "package.json"))) as PackageJson;
}

/** Every workspace package (the folders of pnpm-workspace.yaml: apps/* and packages/*). */
export function workspacePackages(): Array<{ dir: string; manifest: PackageJson }> {
  return ["apps", "packages"].flatMap((parent) =>
    readdirSync(join(REPO_ROOT, parent))
      .map((name) => join(parent, name))
      .filter((dir) => existsSync(join(REPO_ROOT, dir, "package.json")))
      .map((dir) => ({ dir, manifest: readPackageJson(dir) })),
  );
}

export interface Workflow {
  jobs: Record<
    string,
    {
      container?: string;
      strategy?: { matrix?: Record<string, unknown> };
      steps?: Array<{ run?: string; uses?: string }>;
    }
  >;
}

export function readWorkflow(name: string): Workflow {
  return parse(readText(join(".github", "workflows", name))) as Workflow;
}
