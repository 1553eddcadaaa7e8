// @ts-check
// The rule we add on top of redocly's: an enum that lost values breaks TypeScript code in any direction.
import { describe, expect, it } from "vitest";
import { applyConsumerRules, narrowedEnumVerdict } from "../../src/breaking/typescript-consumer-rules.mjs";

/** @returns {import('../../src/breaking/redocly-diff.mjs').Change} */
const enumChange = (/** @type {unknown[]} */ before, /** @type {unknown[]} */ after) => ({
  path: "#/paths/x/get/responses/200/content/application~1json/schema/properties/type",
  kind: "modified",
  property: "enum",
  impact: "patch",
  verdicts: [],
  base: { value: before },
  revision: { value: after, pointer: "#/components/schemas/T/enum" },
});

describe("narrowed enums", () => {
  it("a response enum that lost a value becomes major, naming the lost literal", () => {
    const change = applyConsumerRules(enumChange(["A", "B"], ["A"]));
    expect(change.impact).toBe("major");
    expect(change.verdicts).toEqual([
      expect.objectContaining({
        ruleId: "typescript/enum-narrowed",
        impact: "major",
        message: expect.stringContaining('"B"'),
      }),
    ]);
  });

  it("an enum that only gained values or was reordered is left to redocly", () => {
    expect(narrowedEnumVerdict(enumChange(["A"], ["A", "B"]))).toBeUndefined();
    expect(narrowedEnumVerdict(enumChange(["A", "B"], ["B", "A"]))).toBeUndefined();
  });

  it("a change redocly already rated major keeps its own verdict only", () => {
    const change = enumChange(["A", "B"], ["A"]);
    change.impact = "major";
    change.verdicts = [{ ruleId: "enum-values-removed", impact: "major", message: "lost B" }];
    expect(applyConsumerRules(change)).toBe(change);
  });

  it("changes of other keywords are untouched", () => {
    const change = { ...enumChange(["A"], []), property: "description" };
    expect(applyConsumerRules(change)).toBe(change);
  });
});
