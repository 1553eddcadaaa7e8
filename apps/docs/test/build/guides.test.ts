// The guides' code is put in from samples/guides/ at build time: the page shows the type-checked program and the
// curl lines run against the mock, all of them, in order, and nothing else.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGuides, regionsOf, renderGuide } from "../../scripts/lib/guides.mjs";
import { GUIDE_SAMPLES, GUIDES } from "../support/paths.js";

const PROGRAM = [
  "// #region setup",
  'import { a } from "a";',
  "// #endregion",
  "",
  "// #region first",
  "a(1);",
  "// #endregion",
  "// #region second",
  "a(2);",
  "// #endregion",
  "",
].join("\n");
const files: Record<string, string> = { "flow.ts": PROGRAM, "flow.sh": "curl 'https://x'\n" };
const read = (file: string) => {
  const text = files[file];
  if (text === undefined) throw new Error(`no ${file}`);
  return text;
};
const guide = (...placeholders: string[]) => placeholders.map((p) => `<!-- code: ${p} -->`).join("\n\ntext\n\n");

describe("renderGuide", () => {
  it("puts each region of the program, and a whole shell file, in its place as a fenced block", () => {
    const { markdown, files: shown } = renderGuide(
      guide("flow.ts#setup", "flow.ts#first", "flow.ts#second", "flow.sh"),
      read,
    );
    expect(markdown).toBe(
      [
        '```ts\nimport { a } from "a";\n```',
        "```ts\na(1);\n```",
        "```ts\na(2);\n```",
        "```sh\ncurl 'https://x'\n```",
      ].join("\n\ntext\n\n"),
    );
    expect(shown).toEqual(["flow.ts", "flow.sh"]);
  });

  it("fails when a region is not shown, shown twice or out of order: the page must show the whole program", () => {
    expect(() => renderGuide(guide("flow.ts#setup", "flow.ts#second"), read)).toThrow(
      "show each once, in file order: [setup, first, second]",
    );
    expect(() => renderGuide(guide("flow.ts#setup", "flow.ts#second", "flow.ts#first"), read)).toThrow(
      "the guide shows the regions of flow.ts as [setup, second, first]",
    );
    expect(() => renderGuide(guide("flow.ts#setup", "flow.ts#first", "flow.ts#first", "flow.ts#second"), read)).toThrow(
      /show each once/,
    );
  });

  it("fails on a region or file that does not exist, and on a TypeScript file named without a region", () => {
    expect(() => renderGuide(guide("flow.ts#nope"), read)).toThrow("flow.ts has no region nope");
    expect(() => renderGuide(guide("gone.ts#setup"), read)).toThrow("no gone.ts");
    expect(() => renderGuide(guide("flow.ts"), read)).toThrow("name a region");
    expect(() => renderGuide(guide("flow.sh#setup"), read)).toThrow("only TypeScript files have regions");
    expect(() => renderGuide("# A guide without code", read)).toThrow("the guide shows no code");
  });

  it("fails on code outside every region (it would be missing from the page), and on broken regions", () => {
    expect(() => regionsOf(`${PROGRAM}console.log(3);\n`, "flow.ts")).toThrow(
      "flow.ts:11: code outside every region would be missing from the page: console.log(3);",
    );
    expect(regionsOf(`// a header comment\n\n${PROGRAM}`, "flow.ts").map((r) => r.name)).toEqual([
      "setup",
      "first",
      "second",
    ]);
    expect(() => regionsOf("// #region a\n// #region b\n", "f.ts")).toThrow("region b opens inside region a");
    expect(() => regionsOf("// #region a\nx;\n", "f.ts")).toThrow("region a is never closed");
    expect(() => regionsOf("// #endregion\n", "f.ts")).toThrow("#endregion without a #region");
    expect(() => regionsOf("// #region a\n// #endregion\n// #region a\n// #endregion\n", "f.ts")).toThrow(
      "a second region a",
    );
  });
});

describe("the guides of this reference", () => {
  const [automate] = loadGuides(GUIDES, GUIDE_SAMPLES);
  const program = readFileSync(join(GUIDE_SAMPLES, "automate-end-to-end.ts"), "utf8");
  const shell = readFileSync(join(GUIDE_SAMPLES, "automate-end-to-end.sh"), "utf8");

  it('"Automate backups end to end" is its own section, with a heading per step', () => {
    expect(automate).toMatch(/^# Automate backups end to end\n/);
    expect(automate!.match(/^## .*/gm)).toEqual([
      "## 1. Activate the provider in the folder",
      "## 2. Create a policy",
      "## 3. Apply it to the instance",
      "## 4. Back it up now",
      "## 5. Watch the instance and its tasks",
      "## 6. Find the new backup",
      "## 7. Recover it",
      "## 8. Revoke the policy",
      "## The same flow with curl",
    ]);
  });

  it("shows every line of code of the type-checked program, in order, and the curl lines as they are run", () => {
    const code = program.split("\n").filter((line) => line.trim() !== "" && !/^\s*\/\/ #(end)?region/.test(line));
    const header = code.findIndex((line) => !line.startsWith("//"));
    let from = 0;
    for (const line of code.slice(header)) {
      const at = automate!.indexOf(line, from);
      expect(at, line).toBeGreaterThan(-1);
      from = at + line.length;
    }
    expect(automate).toContain(`\`\`\`sh\n${shell.trim()}\n\`\`\``);
    expect(automate).not.toContain("<!-- code:");
  });

  it("says where the flow runs: the real service, the mock (requests only) and the emulator (the whole flow)", () => {
    const prose = automate!.replace(/\s+/g, " ");
    expect(prose).toContain("Against the real service");
    expect(prose).toContain("Against the Prism mock");
    expect(prose).toContain("Against the emulator");
    expect(prose).toContain("the whole flow runs, with state");
  });

  it("links within the page by Redoc's routes (#/section/…), not by plain anchors, which land on a 404", () => {
    const links = [...automate!.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^#\/section\/[a-z0-9-]+(\/[a-z0-9-]+)?$/);
  });

  it("fails the build when a file of samples/guides/ is on no page", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs-guides-"));
    try {
      cpSync(GUIDE_SAMPLES, dir, { recursive: true });
      writeFileSync(join(dir, "orphan.sh"), "curl 'https://x'\n");
      expect(() => loadGuides(GUIDES, dir)).toThrow("samples/guides/ files no guide shows: orphan.sh");
      rmSync(join(dir, "orphan.sh"));
      rmSync(join(dir, "automate-end-to-end.sh"));
      expect(() => loadGuides(GUIDES, dir)).toThrow("names no file of samples/guides/");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
