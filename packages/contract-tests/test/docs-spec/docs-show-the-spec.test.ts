// docs ↔ spec: the built docs page renders the current bundled spec (every operation, every schema), and
// every code sample it shows is the real sample file, which compiles against the built client.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "@backup-api/spec-walker/node";
import { specOperations } from "../../src/spec-operations.js";

const require = createRequire(import.meta.url);
const docsDir = dirname(require.resolve("@backup-api/docs/package.json"));
const page = readFileSync(join(docsDir, "dist", "index.html"), "utf8");
const rendered = JSON.parse(readFileSync(join(docsDir, "dist", "openapi.docs.json"), "utf8"));
const spec = loadBundle();

type Loose = Record<string, any>;
const renderedOp = (op: (typeof specOperations)[number]): Loose => rendered.paths[op.path][op.method];

describe("docs ↔ spec", () => {
  it("render the current spec: the rendered document is the bundle plus only docs decorations", () => {
    const undecorated = structuredClone(rendered);
    for (const op of specOperations) delete undecorated.paths[op.path][op.method]["x-codeSamples"];
    delete undecorated.info.description;
    const { description: _intro, ...specInfo } = spec.info;
    expect(undecorated).toEqual({ ...spec, info: specInfo });
  });

  it.each(specOperations)("the page shows $operationId with its summary", (op) => {
    const summary = spec.paths[op.path][op.method].summary as string;
    expect(page).toContain(`"operationId":"${op.operationId}"`);
    expect(page).toContain(`"summary":"${summary}"`);
  });

  it("the page carries every schema of the spec", () => {
    const missing = Object.keys(spec.components.schemas).filter((name) => !page.includes(`"${name}":{`));
    expect(missing).toEqual([]);
  });

  it.each(specOperations)(
    "$operationId shows a curl and a TypeScript sample; the TypeScript one is samples/$operationId.ts",
    (op) => {
      const samples = renderedOp(op)["x-codeSamples"] as { lang: string; source: string }[];
      expect(samples.map((s) => s.lang).sort()).toEqual(["TypeScript", "curl"]);
      const typescript = samples.find((s) => s.lang === "TypeScript")!.source;
      expect(typescript.trim()).toBe(readFileSync(join(docsDir, "samples", `${op.operationId}.ts`), "utf8").trim());
      expect(page).toContain(JSON.stringify(typescript).slice(1, -1));
    },
  );

  it("every TypeScript sample compiles against the built @backup-api/client", () => {
    const tsc = require.resolve("typescript/bin/tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", join(docsDir, "samples", "tsconfig.json"), "--pretty", "false"], {
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ""}${e.stderr ?? ""}` || String(error);
    }
    expect(output).toBe("");
  });
});
