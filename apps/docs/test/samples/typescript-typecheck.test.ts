// The TypeScript samples shown in the docs must compile against the real @backup-api/client (its built types).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_DIR, SAMPLES } from "../support/paths.js";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

function typecheck(project: string): { ok: boolean; output: string } {
  try {
    execFileSync(process.execPath, [tsc, "-p", project, "--pretty", "false"], { encoding: "utf8", stdio: "pipe" });
    return { ok: true, output: "" };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

// the operations' samples and the guides' programs
const samples = [
  ...readdirSync(SAMPLES).filter((file) => file.endsWith(".ts")),
  ...readdirSync(join(SAMPLES, "guides"))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => `guides/${file}`),
];

describe("TypeScript samples", () => {
  it("type-check against @backup-api/client (strict, as a user would compile them), the guides' programs too", () => {
    const { compilerOptions, include } = JSON.parse(readFileSync(join(SAMPLES, "tsconfig.json"), "utf8"));
    expect(compilerOptions).toMatchObject({ strict: true, exactOptionalPropertyTypes: true });
    expect(include).toEqual(["*.ts", "guides/*.ts"]);
    expect(samples).toContain("guides/automate-end-to-end.ts");
    const { ok, output } = typecheck(join(SAMPLES, "tsconfig.json"));
    expect(output).toBe("");
    expect(ok).toBe(true);
  });

  it.each(samples)("%s needs no non-null assertion, `?? []` or `= []` on what the client returns", (file) => {
    const source = readFileSync(join(SAMPLES, file), "utf8");
    expect(source).not.toMatch(/\w!\.|\w!\)|\w!;|\w!,|\?\? \[\]|= \[\]/);
  });

  it.each(samples)(
    "%s ends a long wait with AbortSignal.timeout, not a setTimeout that keeps the process alive",
    (file) => {
      expect(readFileSync(join(SAMPLES, file), "utf8")).not.toContain("setTimeout(");
    },
  );

  it("the check is real: a sample calling the client wrongly is rejected", () => {
    // Inside apps/docs so "@backup-api/client" resolves exactly as for the real samples.
    const dir = mkdtempSync(join(APP_DIR, "samples-negative-"));
    try {
      cpSync(join(SAMPLES, "tsconfig.json"), join(dir, "tsconfig.json"));
      writeFileSync(
        join(dir, "wrong.ts"),
        [
          'import { createBackupClient } from "@backup-api/client";',
          'const client = createBackupClient({ iamToken: "t", region: "ru" });',
          'await client.backups.get({ backupId: 42, folderId: "f" });',
          "",
        ].join("\n"),
      );
      const { ok, output } = typecheck(join(dir, "tsconfig.json"));
      expect(ok).toBe(false);
      expect(output).toMatch(/wrong\.ts\(3,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
