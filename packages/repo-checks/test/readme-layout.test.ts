// The root README's Layout is where a newcomer learns the architecture: it names every workspace package.
import { describe, expect, it } from "vitest";
import { readText, workspacePackages } from "./support/repo-files.js";

/** The fenced block under `## Layout`, one `path  what it holds` entry a line. */
function layoutPaths(): string[] {
  const readme = readText("README.md");
  const section = readme.split(/^## /m).find((part) => part.startsWith("Layout"));
  expect(section, "the README has a ## Layout section").toBeDefined();
  const block = /```\n([\s\S]*?)```/.exec(section!)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.split(/\s+/)[0]!)
    .filter(Boolean);
}

describe("the root README's Layout", () => {
  it("lists every workspace package", () => {
    const listed = new Set(layoutPaths());
    const packages = workspacePackages().map((entry) => entry.dir);
    expect(packages.length).toBeGreaterThan(8);
    expect(packages.filter((dir) => !listed.has(dir))).toEqual([]);
  });
});
