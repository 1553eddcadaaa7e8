// Turns ajv's findings into google.rpc.BadRequest field violations: the field as the caller spelled it
// (`pageSize`, `archive.archiveId`, `computeInstanceId`) and what is wrong with it, in words.
import type { ErrorObject } from "@backup-api/spec-walker";

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

/**
 * Violations of one value checked against its schema. `field` names the value itself (a parameter); nested
 * paths inside it (a body's fields) are joined with dots, as the service spells them.
 */
export function fieldViolations(errors: readonly ErrorObject[], root: unknown, field: string): FieldViolation[] {
  const violations = errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    const inner = error.instancePath.split("/").slice(1);
    if (error.keyword === "required") inner.push(String(params.missingProperty));
    if (error.keyword === "additionalProperties") inner.push(String(params.additionalProperty));
    const name = [field, ...inner].filter(Boolean).join(".") || "body";
    return { field: name, description: describe(error, valueAt(root, error.instancePath)) };
  });
  // allErrors can report one field twice (a type error and an enum miss): keep the first word on each field.
  const seen = new Set<string>();
  return violations.filter((violation) => !seen.has(violation.field) && seen.add(violation.field));
}
