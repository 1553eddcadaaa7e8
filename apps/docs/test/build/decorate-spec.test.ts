import { listOperations } from "@backup-api/spec-walker";
import { mkdtempSync, cpSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decorateSpec } from "../../scripts/lib/decorate-spec.mjs";
import { loadTypeScriptSamples } from "../../scripts/lib/typescript-samples.mjs";
import { bundledSpec, SAMPLES } from "../support/paths.js";

const introduction = "# Getting started\n\n## Authentication\n\nIAM token.";
const fromDir = (dir: string) => (ids: string[]) => loadTypeScriptSamples(ids, dir);

describe("decorateSpec (the copy of the spec the docs render)", () => {
  it("gives every operation a TypeScript and a curl sample, and adds the introduction", () => {
    const bundled = bundledSpec();
    const before = JSON.stringify(bundled);
    const doc = decorateSpec(bundled, { introduction, typeScriptSamples: fromDir(SAMPLES) });
    expect(JSON.stringify(bundled), "the bundled spec is not modified").toBe(before);
    const ops = listOperations(doc);
    // the whole API: Backup (7 with getOperation), Policy 9, Resource 4, Provider 2, Setup 1, cancelOperation
    expect(ops).toHaveLength(24);
    expect(ops.map((o) => o.operationId).sort()).toEqual(
      readdirSync(SAMPLES)
        .filter((file) => file.endsWith(".ts"))
        .map((file) => file.slice(0, -3))
        .sort(),
    );
    for (const op of ops) {
      const samples = op.operation["x-codeSamples"] as Array<{ lang: string; source: string }>;
      expect(
        samples.map((s) => s.lang),
        op.operationId,
      ).toEqual(["TypeScript", "curl"]);
      expect(samples[0]!.source).toContain('from "@backup-api/client"');
      expect(samples[1]!.source).toMatch(new RegExp(`^curl -X ${op.method.toUpperCase()} 'https://`));
    }
    expect(doc.info.description).toContain(bundled.info.description.trim());
    expect(doc.info.description).toContain("## Authentication");
  });

  it("adds the guides after the introduction, each a section of its own", () => {
    const guides = ["# Guide one\n\n```ts\nx;\n```\n", "# Guide two\n\ntext"];
    const doc = decorateSpec(bundledSpec(), { introduction, guides, typeScriptSamples: fromDir(SAMPLES) });
    const description = doc.info.description as string;
    expect(description.indexOf("## Authentication")).toBeLessThan(description.indexOf("# Guide one"));
    expect(description.indexOf("# Guide one")).toBeLessThan(description.indexOf("# Guide two"));
    expect(description).toContain("\n\n# Guide one\n\n```ts\nx;\n```\n\n# Guide two\n\ntext\n");
  });

  it("builds curl samples a shell can run: host, path and query examples, body, idempotency key", () => {
    const doc = decorateSpec(bundledSpec(), { introduction, typeScriptSamples: fromDir(SAMPLES) });
    const curl = (id: string) =>
      listOperations(doc).find((o) => o.operationId === id)!.operation["x-codeSamples"][1].source as string;
    // each on the first server the spec gives it: the operations host for getOperation
    const host = (id: string) => listOperations(doc).find((o) => o.operationId === id)!.servers[0]!.url;
    expect(host("getOperation")).not.toBe(host("get"));
    expect(curl("getOperation")).toContain(`'${host("getOperation")}/operations/cdg3lam9a1c0n7v4hq2e'`);
    expect(curl("get")).toContain(
      `'${host("get")}/backup/v1/backups/a3b9e4f1-2c4d-4e8a-9f61-0b5c7d2e8a10?folderId=b1g0ijbfaqsn12345678'`,
    );
    expect(curl("list")).toContain("?folderId=b1g0ijbfaqsn12345678&pageSize=50'");
    // the selector the service needs one of, though the spec marks both optional
    expect(curl("listPolicies")).toContain(
      `'${host("listPolicies")}/backup/v1/policies?folderId=b1g0ijbfaqsn12345678'`,
    );
    // not folderId or computeInstanceId, which would replace the path's policyId
    expect(curl("listPolicyApplications")).toContain(
      "/policies/cbq5gkqhq5a5n0t1c0d8/applications?showProcessing=true'",
    );
    // required query parameters, and the custom verbs' colons left as they are
    expect(curl("deleteResource")).toContain(
      "/resources/epdp2hnkcn1s8u1k7b2n?resourceId=3f8a2c1e-9d7b-4e6a-b5c4-1a2b3c4d5e6f'",
    );
    expect(curl("listActivatedProviders")).toContain("/providers?folderId=b1g0ijbfaqsn12345678'");
    expect(curl("activateProvider")).toContain("/providers/cyberprotect:activate'");
    expect(curl("cancelOperation")).toMatch(
      new RegExp(`^curl -X GET '${host("getOperation")}/operations/cdg3lam9a1c0n7v4hq2e:cancel'`),
    );
    expect(curl("cancelOperation")).not.toContain("Idempotency-Key");
    expect(curl("createPolicy")).toContain('"scheme":"ALWAYS_INCREMENTAL"');
    expect(curl("startRecovery")).toContain(`-d '{"computeInstanceId":"epdp2hnkcn1s8u1k7b2n"}'`);
    // the spec's example key: no uuidgen needed to run the sample
    expect(curl("startRecovery")).toContain('-H "Idempotency-Key: 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f"');
    expect(curl("delete")).toContain('-H "Idempotency-Key: 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f"');
    expect(curl("delete")).not.toContain("uuidgen");
    expect(curl("get")).not.toContain("Idempotency-Key");
    expect(curl("get")).toContain('-H "Authorization: Bearer ${IAM_TOKEN}"');
  });

  it("fails the build when an operation has no TypeScript sample, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs-samples-"));
    try {
      cpSync(SAMPLES, dir, { recursive: true });
      rmSync(join(dir, "startRecovery.ts"));
      expect(() => decorateSpec(bundledSpec(), { introduction, typeScriptSamples: fromDir(dir) })).toThrow(
        /No TypeScript sample for operation\(s\) startRecovery/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails the build when a sample names an operation the spec does not have", () => {
    const dir = mkdtempSync(join(tmpdir(), "docs-samples-"));
    try {
      cpSync(SAMPLES, dir, { recursive: true });
      writeFileSync(join(dir, "restore.ts"), "export {};\n");
      expect(() => decorateSpec(bundledSpec(), { introduction, typeScriptSamples: fromDir(dir) })).toThrow(
        /operations the spec does not have: restore/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails when an operation cannot get a curl sample (a path parameter without example)", () => {
    const spec = bundledSpec();
    delete spec.components.parameters.PathOperationId.example;
    expect(() => decorateSpec(spec, { introduction, typeScriptSamples: fromDir(SAMPLES) })).toThrow(
      /getOperation: path parameter operationId has no example/,
    );
  });
});
