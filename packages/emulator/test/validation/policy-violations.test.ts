// The rules the spec writes for a policy's settings, answered as field violations naming the dotted path, with
// list indexes in brackets, and saying what is wrong in words (not ajv's "must NOT be valid").
import type { ErrorObject } from "@backup-api/spec-walker";
import { loadBundle } from "@backup-api/spec-walker/node";
import { describe, expect, it } from "vitest";
import { fieldViolations } from "../../src/http/field-violations.js";
import { testEmulator } from "../support/emulator.js";
import { DEFAULT_SEED_FOLDER_ID } from "../../src/index.js";
import { violationsOf } from "../support/violations.js";

const daily = () => structuredClone(loadBundle().components.examples.CreatePolicyRequestDaily.value);

describe("createPolicy's settings, validated from the spec", () => {
  it("names each rule broken, by its path and in words", async () => {
    const body = daily();
    body.settings.compression = "COMPRESSION_UNSPECIFIED";
    body.settings.reattempts.interval.count = "0";
    body.settings.retention.rules = [{ maxCount: "7", maxAge: { type: "DAYS", count: "7" } }, {}];
    body.settings.scheduling.backupSets[0].time.weekdays = ["MONDAY", "MONDAY"];
    const { status, body: answer } = await testEmulator().json("POST", "/backup/v1/policies", { body });
    expect(status).toBe(400);
    expect(violationsOf(answer)).toEqual([
      { field: "settings.compression", description: 'must not be "COMPRESSION_UNSPECIFIED"' },
      { field: "settings.reattempts.interval.count", description: 'must not be "0"' },
      {
        field: "settings.retention.rules[0]",
        description: "must set exactly one of maxAge, maxCount; got maxAge and maxCount",
      },
      { field: "settings.retention.rules[1]", description: "must set exactly one of maxAge, maxCount; got neither" },
      {
        field: "settings.scheduling.backupSets[0].time.weekdays",
        description: "must not list the same value twice (items 0 and 1 are equal)",
      },
    ]);
  });

  it("lets a valid policy through validation: the creation starts", async () => {
    const body = { ...daily(), folderId: DEFAULT_SEED_FOLDER_ID };
    const { status, body: operation } = await testEmulator().json("POST", "/backup/v1/policies", { body });
    expect(status).toBe(200);
    expect(operation.metadata["@type"]).toBe("type.googleapis.com/yandex.cloud.backup.v1.CreatePolicyMetadata");
  });
});

describe("the words of a violation", () => {
  it("exist for every validation keyword the bundle uses (none falls back to ajv's own message)", () => {
    // allOf has no error of its own: its parts report theirs.
    const keywords = new Set<string>();
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "examples" || key === "example") continue;
        if (KEYWORDS.includes(key)) keywords.add(key);
        visit(value);
      }
    };
    const doc = loadBundle();
    visit(doc.components);
    visit(doc.paths);
    expect(keywords.size).toBeGreaterThan(10);
    const unworded = [...keywords].filter((keyword) => {
      const error = { keyword, instancePath: "", schemaPath: "#", params: PARAMS, message: "AJV" };
      return fieldViolations([error as ErrorObject], "x", "field")[0]?.description === "AJV";
    });
    expect(unworded).toEqual([]);
  });
});

// ajv's params of every keyword at once, so that each description can be written
const PARAMS = {
  limit: 1,
  i: 1,
  j: 0,
  type: "string",
  allowedValues: ["A"],
  allowedValue: "A",
  format: "uuid",
  pattern: "^x$",
  missingProperty: "y",
  additionalProperty: "z",
  passingSchemas: null,
};

const KEYWORDS = [
  "type",
  "enum",
  "const",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "format",
  "pattern",
  "required",
  "additionalProperties",
  "not",
  "uniqueItems",
  "minItems",
  "maxItems",
  "oneOf",
  "anyOf",
  "multipleOf",
  "minProperties",
  "maxProperties",
  "dependentRequired",
];
