// The published entry points give the same document: ESM, CJS and the raw JSON file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, expectTypeOf, it } from "vitest";
import { document, type BackupApiDocument } from "@backup-api/spec";
import { fileURLToPath } from "node:url";

const json = JSON.parse(readFileSync(fileURLToPath(new URL("../../dist/openapi.json", import.meta.url)), "utf8"));

describe("@backup-api/spec entry points", () => {
  it("ESM export equals the bundled openapi.json", () => {
    expect(document).toEqual(json);
    expect(Object.isFrozen(document)).toBe(true);
  });

  it("CJS export gives the same document as .document and .default", () => {
    const required = createRequire(import.meta.url)("@backup-api/spec");
    expect(required.document).toEqual(json);
    expect(required.default).toBe(required.document);
  });

  it("exposes ./openapi.json and ./openapi.yaml", () => {
    const require = createRequire(import.meta.url);
    expect(require("@backup-api/spec/openapi.json")).toEqual(json);
    expect(readFileSync(require.resolve("@backup-api/spec/openapi.yaml"), "utf8")).toContain("openapi: 3.1.0");
  });

  it("types the document literally", () => {
    expectTypeOf(document.openapi).toEqualTypeOf<"3.1.0">();
    expectTypeOf<BackupApiDocument["paths"]["/backup/v1/backups"]["get"]["operationId"]>().toEqualTypeOf<"list">();
    expect(() => {
      // @ts-expect-error the document is read-only, in its type and at run time
      document.openapi = "3.0.0";
    }).toThrow(TypeError);
  });
});
