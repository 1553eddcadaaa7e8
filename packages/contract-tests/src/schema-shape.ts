// Flattens a schema of the bundle into `field path -> wire type`, the shape the seed fixture records.
import { resolveRefAt, type SpecNode } from "@backup-api/spec-walker";

export type WireType = "string" | "int64" | "date-time" | "boolean" | "object" | "array" | "integer" | "number";

function wireType(schema: SpecNode, where: string): WireType {
  const type = schema.type;
  if (type === "string") {
    if (schema.format === "int64") return "int64";
    if (schema.format === "date-time") return "date-time";
    return "string";
  }
  if (type === "boolean" || type === "object" || type === "array" || type === "integer" || type === "number")
    return type;
  throw new Error(`${where}: cannot tell the wire type of a schema with type ${JSON.stringify(type)}`);
}

/** `{ "disks[].volumes[].size": "int64", ... }` for every property reachable from the schema at `pointer`. */
export function flattenSchema(doc: SpecNode, pointer: string): Record<string, WireType> {
  const out: Record<string, WireType> = {};
  const visit = (node: SpecNode, at: string, path: string, depth: number) => {
    if (depth > 10) throw new Error(`${path}: schema nests deeper than 10 levels (a cycle?)`);
    const schema = resolveRefAt(doc, node, at).node;
    const type = wireType(schema, path || "(root)");
    if (path) out[path] = type;
    if (type === "object") {
      for (const [name, child] of Object.entries((schema.properties ?? {}) as SpecNode)) {
        visit(child, `${at}/properties/${name}`, path ? `${path}.${name}` : name, depth + 1);
      }
    } else if (type === "array") {
      visit(schema.items ?? {}, `${at}/items`, `${path}[]`, depth + 1);
    }
  };
  visit({ $ref: `#${pointer}` }, pointer, "", 0);
  return out;
}

/** Human-readable differences between an expected and an actual field map ([] when they agree). */
export function diffShapes(expected: Record<string, string>, actual: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, type] of Object.entries(expected)) {
    if (!(path in actual)) problems.push(`missing field ${path} (${type})`);
    else if (actual[path] !== type) problems.push(`field ${path} is ${actual[path]}, expected ${type}`);
  }
  for (const path of Object.keys(actual))
    if (!(path in expected)) problems.push(`unexpected field ${path} (${actual[path]})`);
  return problems;
}
