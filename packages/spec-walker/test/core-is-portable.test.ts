// The core runs in the emulator's browser and worker builds: nothing it imports may be a Node built-in. Only the
// `./node` entry (src/node.ts, src/node/) reads files.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
/** Every module a file imports (static, dynamic or required) that is one of Node's built-ins, with or without `node:`. */
const nodeImports = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)]
    .map((match) => match[1]!)
    .filter((specifier) => specifier.startsWith("node:") || builtinModules.includes(specifier));

describe("the core has no Node built-ins", () => {
  it("in its source", () => {
    const core = filesUnder(join(root, "src")).filter((file) => !/src\/node(\.ts|\/)/.test(file));
    expect(core.length).toBeGreaterThan(5);
    const offending = core.filter((file) => nodeImports(file).length > 0).map((file) => relative(root, file));
    expect(offending).toEqual([]);
  });

  it("in its build, following the chunks it imports", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      expect(nodeImports(file), relative(root, file)).toEqual([]);
      for (const [, chunk] of text.matchAll(/from\s+"(\.\/[^"]+)"/g)) visit(join(root, "dist", chunk!));
    };
    visit(join(root, "dist/index.js"));
    expect(nodeImports(join(root, "dist/node.js"))).toContain("node:fs");
  });
});
