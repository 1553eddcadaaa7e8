// Turns ajv's findings into google.rpc.BadRequest field violations: the field as the caller spelled it
// (`pageSize`, `archive.archiveId`, `computeInstanceId`) and what is wrong with it, in words.
import { type ErrorObject, oneofMembers, resolvePointer, resolveRef, type SpecNode } from "@backup-api/spec-walker";
import { SPEC } from "../spec/bundled-spec.js";

export interface FieldViolation {
  field: string;
  description: string;
}

const quote = (value: unknown) => JSON.stringify(value);

function describe(error: ErrorObject, value: unknown): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return `must be ${/^[aeiou]/.test(String(params.type)) ? "an" : "a"} ${String(params.type)}, got ${quote(value)}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).join(", ")}, got ${quote(value)}`;
    case "const":
      return `must be ${quote(params.allowedValue)}, got ${quote(value)}`;
    case "minLength":
      return params.limit === 1 ? "must not be empty" : `must be at least ${String(params.limit)} characters long`;
    case "maxLength":
      return `must be at most ${String(params.limit)} characters long, got ${String((value as string).length)}`;
    case "minimum":
    case "maximum":
      return `must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}, got ${quote(value)}`;
    case "format":
      return `must be a valid ${String(params.format)}${params.format === "uuid" ? " (for example 5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f)" : ""}, got ${quote(value)}`;
    case "pattern":
      return `must match ${String(params.pattern)}, got ${quote(value)}`;
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not a field of this request";
    case "not":
      // the spec's `not` rules out one value: an enum's *_UNSPECIFIED where a choice is required, an int64 of 0
      return `must not be ${quote(value)}`;
    case "uniqueItems":
      return `must not list the same value twice (items ${String(params.j)} and ${String(params.i)} are equal)`;
    case "minItems":
      return `must have at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`;
    case "maxItems":
      return `must have at most ${String(params.limit)} items`;
    case "maxProperties":
      return params.limit === 0 ? "must be empty" : `must have at most ${String(params.limit)} fields`;
    case "oneOf":
      return "must match exactly one of its alternatives";
    case "anyOf":
      return "must match one of its alternatives";
    default:
      return error.message ?? "is not valid";
  }
}

/** Reads the value at ajv's instancePath inside `root`. */
function valueAt(root: unknown, instancePath: string): unknown {
  return instancePath
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, token) => (node as Record<string, unknown> | undefined)?.[token.replace(/~1/g, "/").replace(/~0/g, "~")],
      root,
    );
}

/** A field as the service spells it: names joined with dots, list indexes in brackets (`rules[0].maxCount`). */
function fieldPath(tokens: readonly string[]): string {
  return tokens.reduce(
    (path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : path ? `${path}.${token}` : token),
    "",
  );
}

/** The schema at ajv's instancePath below the schema at `pointer`: properties and list items, `$ref`s followed. */
function schemaAt(pointer: string, tokens: readonly string[]): SpecNode {
  let schema = resolveRef(SPEC, resolvePointer(SPEC, pointer));
  for (const token of tokens) {
    schema = resolveRef(SPEC, (/^\d+$/.test(token) ? schema.items : schema.properties?.[token]) ?? {});
  }
  return schema;
}

/** ajv's errors for the branches of an `exactly_one` oneof, which the oneof's own violation says in one. */
const isOneofBranchError = (error: ErrorObject) => /\/oneOf\/\d+\/required$/.test(error.schemaPath);

/**
 * Violations of one value checked against its schema. `field` names the value itself (a parameter); nested
 * paths inside it (a body's fields) are joined with dots and brackets, as the service spells them. With
 * `schemaPointer` (the value's schema), an `exactly_one` oneof names its alternatives.
 */
export function fieldViolations(
  errors: readonly ErrorObject[],
  root: unknown,
  field: string,
  schemaPointer?: string,
): FieldViolation[] {
  const oneofPaths = new Set(errors.filter((error) => error.keyword === "oneOf").map((error) => error.instancePath));
  const violations = errors
    .filter((error) => !(isOneofBranchError(error) && oneofPaths.has(error.instancePath)))
    .map((error) => {
      const params = error.params as Record<string, unknown>;
      const inner = error.instancePath.split("/").slice(1);
      const value = valueAt(root, error.instancePath);
      let description = describe(error, value);
      if (error.keyword === "oneOf" && schemaPointer) {
        const members = [...oneofMembers(schemaAt(schemaPointer, inner))];
        const set = members.filter((member) => (value as Record<string, unknown> | undefined)?.[member] !== undefined);
        if (members.length > 0)
          description = `must set exactly one of ${members.join(", ")}; ${set.length ? `got ${set.join(" and ")}` : "got neither"}`;
      }
      if (error.keyword === "required") inner.push(String(params.missingProperty));
      if (error.keyword === "additionalProperties") inner.push(String(params.additionalProperty));
      return { field: fieldPath([field, ...inner].filter(Boolean)) || "body", description };
    });
  // allErrors can report one field twice (a type error and an enum miss): keep the first word on each field.
  const seen = new Set<string>();
  return violations.filter((violation) => !seen.has(violation.field) && seen.add(violation.field));
}
