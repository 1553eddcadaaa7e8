// The README shows what the code does: its tables are the generated ones, and every TypeScript block in it
// compiles against the built client under --strict --exactOptionalPropertyTypes. Each compile is a real tsc
// run, a few seconds on an idle machine: the timeouts leave room for a busy one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { blocksIn, fillTables } from "../../scripts/doc-tables.mjs";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(join(packageDir, "README.md"), "utf8");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** The ```ts blocks of the README, in order. */
const typeScriptBlocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Names a block may use without defining them, as the README's prose says where they come from. */
const GLOBALS = `import type { BackupClient } from "@backup-api/client";
declare global {
  const client: BackupClient;
  const folderId: string;
}
export {};
`;

function typecheck(blocks: string[]): string {
  const dir = mkdtempSync(join(packageDir, ".readme-check-"));
  try {
    writeFileSync(join(dir, "globals.d.ts"), GLOBALS);
    blocks.forEach((block, index) => writeFileSync(join(dir, `block-${index}.ts`), `${block}\nexport {};\n`));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM"],
          types: ["node"],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          // the client's own declarations are checked by the release dry run (attw, publint on the published tarball); here only the blocks are
          skipLibCheck: true,
        },
        include: ["*.ts"],
      }),
    );
    execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"], {
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the README", () => {
  it("shows the generated tables (run `pnpm --filter @backup-api/client readme` to refresh)", () => {
    expect(blocksIn(readme).sort()).toEqual(["codes", "defaults", "regions", "retries"]);
    expect(readme === fillTables(readme), "a generated table of README.md is stale").toBe(true);
  });

  it("has TypeScript blocks that compile against the built client (strict, exactOptionalPropertyTypes)", () => {
    expect(typeScriptBlocks.length).toBeGreaterThan(10);
    expect(typecheck(typeScriptBlocks)).toBe("");
  }, 120_000);

  it("uses no non-null assertion, `?? []` or `= []` on what the client returns", () => {
    for (const block of typeScriptBlocks) {
      expect(block).not.toMatch(/\w!\.|\w!\)|\w!;|\?\? \[\]|= \[\]/);
    }
  });

  it("ends long waits with AbortSignal.timeout, not a setTimeout that keeps the process alive", () => {
    for (const block of typeScriptBlocks) expect(block).not.toContain("setTimeout(");
  });

  it("the check is real: a wrong block fails it", () => {
    expect(
      typecheck([
        'import { createBackupClient } from "@backup-api/client";\nawait createBackupClient({ iamToken: "t" }).backups.get({ backupId: 42, folderId: "f" });',
      ]),
    ).toMatch(/block-0\.ts\(2,/);
  }, 120_000);
});
