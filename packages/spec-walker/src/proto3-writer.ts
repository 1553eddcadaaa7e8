// Writes a value as the service sends it in proto3 JSON: every field at its default is left out, at any depth.
// Which field is which comes from fieldRule (src/proto3-fields.ts), the one statement of the rule: scalars
// and enums at their default and empty lists go; messages, timestamps and a oneof's scalars have presence and stay
// as given; required scalars (`Status.code`, `@type`) and fields the schema does not name stay; inside a required
// message or list, the rules apply again.
import type { SpecNode } from "./document.js";
import { type Resolved, resolveRefAt } from "./pointers.js";
import { fieldRule, isMessageSchema, messageProperties, unionBranches } from "./proto3-fields.js";

type FieldRule =
  | { kind: "scalar"; defaultValue: string | number | boolean }
  | { kind: "list"; items: MessagePlan | undefined }
  | { kind: "message"; plan: MessagePlan };

interface MessagePlan {
  /** The rule of each field that may be left out or followed; a field with none is written as given. */
  fields: Map<string, FieldRule>;
  /** For a union of messages told apart by `@type`: the plan of each branch. */
  byType: Map<string, MessagePlan> | undefined;
}

export interface Proto3Writer {
  /** `value` with the defaults of the schema `#/components/schemas/<schemaName>` left out, at every depth. */
  write<T>(value: T, schemaName: string): T;
  /**
   * `value` as the JSON text the service sends: `write`, then serialized. A `WrittenJson` anywhere in `value` is
   * text this writer made already for the schema of where it stands, and goes in as it is: a caller can keep a
   * record's text and build a page of them without writing each record again.
   */
  writeJson(value: unknown, schemaName: string): WrittenJson;
}

const utf8 = new TextEncoder();

/**
 * JSON made by `Proto3Writer.writeJson`: `writeJson` inserts it verbatim where it stands in a value. Its UTF-8
 * bytes are made on first use and kept with it, so that a kept record a server answers whole is encoded once.
 */
export class WrittenJson {
  #bytes: Uint8Array<ArrayBuffer> | undefined;

  constructor(readonly text: string) {}

  get bytes(): Uint8Array<ArrayBuffer> {
    this.#bytes ??= utf8.encode(this.text);
    return this.#bytes;
  }
}

/**
 * JSON.stringify, but a `WrittenJson` is its text. Only called on values that hold one. The text grows by `+=`,
 * which V8 keeps as a rope of the pieces: a page of kept records is copied once, when it is written out, rather
 * than joined into a new string at every level.
 */
function stringifyWithWritten(value: unknown): string {
  let text = "";
  const add = (node: unknown): void => {
    if (node instanceof WrittenJson) {
      text += node.text;
    } else if (Array.isArray(node)) {
      text += "[";
      node.forEach((item, index) => {
        if (index > 0) text += ",";
        add(item);
      });
      text += "]";
    } else if (node === null || typeof node !== "object") {
      // As JSON.stringify writes an array's item that JSON cannot hold (undefined, a function): null.
      text += JSON.stringify(node) ?? "null";
    } else {
      text += "{";
      let first = true;
      for (const [name, member] of Object.entries(node)) {
        if (member === undefined) continue;
        text += first ? `${JSON.stringify(name)}:` : `,${JSON.stringify(name)}:`;
        first = false;
        add(member);
      }
      text += "}";
    }
  };
  add(value);
  return text;
}

/** A writer for `doc`'s schemas; each schema's plan is made on first use and kept. */
export function createProto3Writer(doc: SpecNode): Proto3Writer {
  const plans = new Map<string, MessagePlan>();

  const planFor = (schema: Resolved): MessagePlan => {
    const existing = plans.get(schema.pointer);
    if (existing) return existing;
    const plan: MessagePlan = { fields: new Map(), byType: undefined };
    plans.set(schema.pointer, plan); // before following fields: Status → details → … may come back here
    for (const field of messageProperties(doc, schema)) {
      const kind = fieldRule(doc, field);
      if (kind.kind === "scalar") plan.fields.set(field.name, kind);
      if (kind.kind === "message") plan.fields.set(field.name, { kind: "message", plan: planFor(kind.schema) });
      if (kind.kind === "list") {
        const items = isMessageSchema(kind.items.node) ? planFor(kind.items) : undefined;
        plan.fields.set(field.name, { kind: "list", items });
      }
    }
    const branches = unionBranches(doc, schema);
    if (branches.size > 0) plan.byType = new Map([...branches].map(([typeUrl, branch]) => [typeUrl, planFor(branch)]));
    return plan;
  };

  // Set by strip when it meets a WrittenJson: the value then needs stringifyWithWritten, not JSON.stringify.
  let metWritten = false;
  const strip = (value: unknown, plan: MessagePlan): unknown => {
    if (value instanceof WrittenJson) {
      metWritten = true;
      return value;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const source = value as SpecNode;
    const branch = plan.byType?.get(String(source["@type"]));
    const written: SpecNode = {};
    for (const [name, fieldValue] of Object.entries(source)) {
      if (fieldValue === undefined) continue;
      const rule = branch?.fields.get(name) ?? plan.fields.get(name);
      if (!rule) {
        written[name] = fieldValue;
      } else if (rule.kind === "scalar") {
        if (fieldValue !== rule.defaultValue) written[name] = fieldValue;
      } else if (rule.kind === "list") {
        const list = fieldValue as unknown[];
        if (list.length > 0) written[name] = rule.items ? list.map((item) => strip(item, rule.items!)) : list;
      } else {
        written[name] = strip(fieldValue, rule.plan);
      }
    }
    return written;
  };

  const planOf = (schemaName: string): MessagePlan => {
    const pointer = `/components/schemas/${schemaName}`;
    if (!doc.components?.schemas?.[schemaName]) throw new Error(`spec: no schema ${schemaName}`);
    return planFor(resolveRefAt(doc, doc.components.schemas[schemaName], pointer));
  };

  return {
    write<T>(value: T, schemaName: string): T {
      return strip(value, planOf(schemaName)) as T;
    },
    writeJson(value: unknown, schemaName: string): WrittenJson {
      if (value instanceof WrittenJson) return value;
      metWritten = false;
      const written = strip(value, planOf(schemaName));
      return new WrittenJson(metWritten ? stringifyWithWritten(written) : JSON.stringify(written));
    },
  };
}
