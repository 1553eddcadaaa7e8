// fieldViolations on its own: a case no request of this spec can reach (two ajv errors on one field).
import { expect, it } from "vitest";
import type { ErrorObject } from "@backup-api/spec-walker";
import { fieldViolations } from "../../src/http/field-violations.js";

it("keeps the first word on a field that ajv reports twice", () => {
  const errors = [
    { keyword: "type", instancePath: "/type", schemaPath: "", params: { type: "string" } },
    { keyword: "enum", instancePath: "/type", schemaPath: "", params: { allowedValues: ["COMPUTE", "BMS"] } },
  ] as ErrorObject[];
  expect(fieldViolations(errors, { type: 7 }, "")).toEqual([{ field: "type", description: "must be a string, got 7" }]);
});
