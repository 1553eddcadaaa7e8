// The service speaks proto3 JSON: a scalar or list at its default value is left out of the answer. The emulator
// keeps whole objects and strips defaults on the way out, reading which field is which from the spec's schemas:
// booleans (false), numbers (0), int64 strings ("0"), strings (""), enums (their first, *_UNSPECIFIED value) and
// lists ([]) go; messages (objects) have presence and stay; `required` fields and constants (`@type`) stay.
import { document, resolveRef, type JsonObject } from "./document.js";

type FieldRule =
  | { kind: "scalar"; defaultValue: unknown }
  | { kind: "list"; items: SchemaPlan | undefined }
  | { kind: "message"; plan: SchemaPlan };

interface SchemaPlan {
  fields: Map<string, FieldRule>;
  /** oneOf/anyOf of messages told apart by `@type`: the plan of each. */
  byType: Map<string, SchemaPlan> | undefined;
}

const plans = new Map<JsonObject, SchemaPlan>();

function scalarDefault(schema: JsonObject): { defaultValue: unknown } | undefined {
  if (schema.const !== undefined) return undefined;
  const enumValues = schema.enum as unknown[] | undefined;
  if (enumValues) return /_UNSPECIFIED$/.test(String(enumValues[0])) ? { defaultValue: enumValues[0] } : undefined;
  switch (schema.type) {
    case "boolean":
      return { defaultValue: false };
    case "integer":
    case "number":
      return { defaultValue: 0 };
    case "string":
      return { defaultValue: schema.format === "int64" ? "0" : "" };
    default:
      return undefined;
  }
}

function isMessage(schema: JsonObject): boolean {
  return (
    schema.type === "object" ||
    schema.properties !== undefined ||
    schema.allOf !== undefined ||
    schema.oneOf !== undefined ||
    schema.anyOf !== undefined
  );
}

function fieldRule(reference: unknown): FieldRule | undefined {
  const schema = resolveRef(reference);
  if (schema.type === "array") {
    const items = resolveRef(schema.items);
    return { kind: "list", items: isMessage(items) ? planFor(items) : undefined };
  }
  if (isMessage(schema)) return { kind: "message", plan: planFor(schema) };
  const scalar = scalarDefault(schema);
  return scalar ? { kind: "scalar", ...scalar } : undefined;
}

function planFor(schemaNode: JsonObject): SchemaPlan {
  const schema = resolveRef(schemaNode);
  const existing = plans.get(schema);
  if (existing) return existing;
  const plan: SchemaPlan = { fields: new Map(), byType: undefined };
  plans.set(schema, plan); // before recursing: Status → details → … may come back here
  const parts = [schema, ...((schema.allOf as unknown[]) ?? []).map(resolveRef)];
  for (const part of parts) {
    const required = new Set((part.required as string[]) ?? []);
    for (const [name, property] of Object.entries((part.properties as JsonObject) ?? {})) {
      const rule = required.has(name) ? undefined : fieldRule(property);
      if (rule) plan.fields.set(name, rule);
      else plan.fields.delete(name);
    }
  }
  const branches = ((schema.oneOf ?? schema.anyOf) as unknown[] | undefined)?.map(resolveRef);
  if (branches) {
    plan.byType = new Map();
    for (const branch of branches) {
      const typeUrl = ((branch.properties as JsonObject | undefined)?.["@type"] as JsonObject | undefined)?.const;
      if (typeof typeUrl === "string") plan.byType.set(typeUrl, planFor(branch));
    }
  }
  return plan;
}

function strip(value: unknown, plan: SchemaPlan): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const source = value as JsonObject;
  const typed = plan.byType?.get(String(source["@type"]));
  const effective = typed ?? plan;
  const result: JsonObject = {};
  for (const [name, fieldValue] of Object.entries(source)) {
    if (fieldValue === undefined) continue;
    const rule = effective.fields.get(name) ?? (typed ? plan.fields.get(name) : undefined);
    if (!rule) {
      result[name] = fieldValue;
    } else if (rule.kind === "scalar") {
      if (fieldValue !== rule.defaultValue) result[name] = fieldValue;
    } else if (rule.kind === "list") {
      const list = fieldValue as unknown[];
      if (list.length > 0) result[name] = rule.items ? list.map((item) => strip(item, rule.items!)) : list;
    } else {
      result[name] = strip(fieldValue, rule.plan);
    }
  }
  return result;
}

/** `value` as the service would send it: the defaults of the schema at `#/components/schemas/<name>` left out. */
export function toProto3Json<T>(value: T, schemaName: string): T {
  const schemas = (document.components as JsonObject).schemas as JsonObject;
  const schema = schemas[schemaName];
  if (!schema) throw new Error(`spec: no schema ${schemaName}`);
  return strip(value, planFor(schema as JsonObject)) as T;
}
