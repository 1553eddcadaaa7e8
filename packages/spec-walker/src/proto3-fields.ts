// The service speaks proto3 JSON: a scalar or list field at its default value is left out of an answer, while a
// message-typed field has presence (absent means "not set"). Which field is which is read from how the spec
// writes it; this file is that rule, used by every generator that needs it (the client's defaults table, the
// types' decoded view):
//
// | the spec writes the field as                                  | proto3 kind                 | when absent     |
// | ------------------------------------------------------------- | --------------------------- | --------------- |
// | `type: string`, `boolean`, `integer` or `number`              | scalar                      | `""`, `false`, `0` |
// | `type: string, format: int64`                                 | int64 (a JSON string)       | `"0"`           |
// | a `$ref` to an enum (its first value is the `*_UNSPECIFIED` one, linted) | enum              | the first value |
// | `type: array`                                                 | repeated                    | `[]`            |
// | `type: string, format: date-time`                             | google.protobuf.Timestamp   | absent (a message) |
// | a `$ref` to an object schema, `oneOf`/`anyOf`/`allOf` (`Any`, `metadata`, `response`, `error`) | message | absent |
// | a scalar listed in its object's `required` (`Status.code`, `@type`) | always sent           | —               |
// | a scalar its object's `oneOf` branches each require one of (an `exactly_one` oneof: RetentionRule's `maxAge` or `maxCount`) | has presence, as in proto3 | absent |
//
// A required message or list is always sent too, but the fields inside it still follow the rules above.
// `fieldRule` applies the last two rows to a field of a message; `proto3Field` gives the kind of its schema alone.
import type { SpecNode } from "./document.js";
import { escapePointer, resolveRefAt, type Resolved } from "./pointers.js";

export type Proto3Field =
  | { kind: "scalar"; defaultValue: string | number | boolean }
  | { kind: "list"; items: Resolved }
  | { kind: "message"; schema: Resolved }
  | { kind: "timestamp" };

/** An object field of a message schema, with its `$ref` not yet followed. */
export interface MessageProperty {
  name: string;
  property: SpecNode;
  /** JSON pointer of the property. */
  pointer: string;
  required: boolean;
  /** A member of an `exactly_one` oneof of its message: it has presence, as in proto3. */
  oneof: boolean;
}

/** A schema that stands for a message (an object, or a union or combination of objects) rather than a scalar. */
export function isMessageSchema(schema: SpecNode): boolean {
  return (
    schema.type === "object" ||
    schema.properties !== undefined ||
    schema.allOf !== undefined ||
    schema.oneOf !== undefined ||
    schema.anyOf !== undefined
  );
}

/** The proto3 kind of one field, from its (possibly `$ref`'d) schema found at `pointer`. */
export function proto3Field(doc: SpecNode, property: SpecNode, pointer: string): Proto3Field {
  const { node: schema, pointer: at } = resolveRefAt(doc, property, pointer);
  if (schema.type === "array") return { kind: "list", items: resolveRefAt(doc, schema.items ?? {}, `${at}/items`) };
  if (isMessageSchema(schema)) return { kind: "message", schema: { node: schema, pointer: at } };
  if (schema.const !== undefined) {
    throw new Error(`spec: ${pointer} is a constant (const) but not required: proto3 has no default to fill in for it`);
  }
  // An enum's zero value, its proto3 default, is the first it lists: the `*_UNSPECIFIED` one, as the spec's lint
  // rule `backup/enum-zero-is-unspecified` makes sure.
  if (Array.isArray(schema.enum)) return { kind: "scalar", defaultValue: schema.enum[0] };
  switch (schema.type) {
    case "string":
      if (schema.format === "date-time") return { kind: "timestamp" };
      return { kind: "scalar", defaultValue: schema.format === "int64" ? "0" : "" };
    case "boolean":
      return { kind: "scalar", defaultValue: false };
    case "integer":
    case "number":
      return { kind: "scalar", defaultValue: 0 };
    default:
      throw new Error(`spec: cannot tell the proto3 kind of ${pointer} (type ${JSON.stringify(schema.type)})`);
  }
}

/** The properties of an object schema and of its `allOf` parts (a later part's property wins), in order. */
export function messageProperties(doc: SpecNode, schema: Resolved): MessageProperty[] {
  const byName = new Map<string, MessageProperty>();
  const visit = ({ node, pointer }: Resolved) => {
    ((node.allOf as SpecNode[] | undefined) ?? []).forEach((part, index) =>
      visit(resolveRefAt(doc, part, `${pointer}/allOf/${index}`)),
    );
    const required = new Set<string>((node.required as string[] | undefined) ?? []);
    const oneof = oneofMembers(node);
    for (const [name, property] of Object.entries((node.properties ?? {}) as SpecNode)) {
      const earlier = byName.get(name);
      byName.set(name, {
        name,
        property,
        pointer: `${pointer}/properties/${escapePointer(name)}`,
        required: (earlier?.required ?? false) || required.has(name),
        oneof: (earlier?.oneof ?? false) || oneof.has(name),
      });
    }
  };
  visit(schema);
  return [...byName.values()];
}

/**
 * The branches of a union (`oneOf`/`anyOf`) told apart by `@type`, by type URL. A branch without a constant
 * `@type` (a bare `google.protobuf.Any`) is the fallback and has no entry.
 */
export function unionBranches(doc: SpecNode, schema: Resolved): Map<string, Resolved> {
  const branches = new Map<string, Resolved>();
  const key = schema.node.oneOf ? "oneOf" : "anyOf";
  ((schema.node[key] as SpecNode[] | undefined) ?? []).forEach((branch, index) => {
    const resolved = resolveRefAt(doc, branch, `${schema.pointer}/${key}/${index}`);
    const typeUrl = resolved.node.properties?.["@type"]?.const;
    if (typeof typeUrl === "string") branches.set(typeUrl, resolved);
  });
  return branches;
}

/**
 * The fields an object's `exactly_one` oneof names: the spec writes one as `oneOf` branches that each only
 * require one of its fields (`oneOf: [{required: [maxAge]}, {required: [maxCount]}]`).
 */
export function oneofMembers(schema: SpecNode): Set<string> {
  const branches = (schema.oneOf as SpecNode[] | undefined) ?? [];
  return new Set(
    branches.filter((branch) => !branch.$ref && !branch.properties).flatMap((branch) => branch.required ?? []),
  );
}

/** What proto3 JSON does with one field of a message: its kind, or `presence` for a scalar sent as given. */
export type FieldRule = Proto3Field | { kind: "presence" };

/**
 * The rule of one field of a message: a required scalar is always sent and a scalar of a oneof has presence
 * (both written as given, never filled in); any other field follows its schema's proto3Field kind.
 */
export function fieldRule(doc: SpecNode, field: MessageProperty): FieldRule {
  const { node: schema } = resolveRefAt(doc, field.property, field.pointer);
  const scalar = schema.type !== "array" && !isMessageSchema(schema);
  if (scalar && (field.required || field.oneof)) return { kind: "presence" };
  return proto3Field(doc, field.property, field.pointer);
}
