// fast-check arbitraries made from the spec's own schemas: values that fit, and values that break them in the
// ways real callers and proxies do (wrong types, out of range, overlong, unicode, percent-encoded junk).
import fc from "fast-check";
import { resolveRef as resolveRefIn, type SpecNode as JsonObject } from "@backup-api/spec-walker";
import { SPEC } from "../../src/spec/bundled-spec.js";

const resolveRef = (node: unknown): JsonObject => resolveRefIn(SPEC, node as JsonObject);

/** A value that fits the schema (the spec's parameter and body schemas are small: scalars, one object). */
export function validValue(schemaNode: unknown): fc.Arbitrary<unknown> {
  const schema = resolveRef(schemaNode);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  switch (schema.type) {
    case "integer":
      return fc.integer({ min: Number(schema.minimum ?? -1000), max: Number(schema.maximum ?? 1000) });
    case "boolean":
      return fc.boolean();
    case "object": {
      const required = new Set((schema.required as string[]) ?? []);
      const properties = Object.fromEntries(
        Object.entries((schema.properties as JsonObject) ?? {}).map(([name, property]) => [name, validValue(property)]),
      );
      return fc.record(properties, { requiredKeys: [...required] });
    }
    default:
      if (schema.format === "uuid") return fc.uuid({ version: 4 });
      return fc.string({
        minLength: Number(schema.minLength ?? 0),
        maxLength: Math.min(Number(schema.maxLength ?? 40), 40),
      });
  }
}

/** Text that breaks most rules: overlong, unicode, control characters, percent-encoded junk, slashes. */
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ minLength: 51, maxLength: 300 }),
  fc.constantFrom(
    "%",
    "%zz",
    "%E0%A4%A",
    "a%2Fb",
    "..%2F..%2Fetc",
    "%00",
    "\u0000",
    "-1",
    "1e3",
    "0x10",
    "NaN",
    "true",
    "null",
    "[]",
    "{}",
    " ",
    "😀",
    "a/b",
  ),
);

/** A value for the schema: mostly fitting, sometimes broken. */
export function anyValue(schemaNode: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: validValue(schemaNode) },
    { weight: 1, arbitrary: junkText },
    { weight: 1, arbitrary: fc.integer() },
  );
}
