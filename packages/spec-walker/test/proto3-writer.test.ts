import { describe, expect, it } from "vitest";
import { createProto3Writer, fieldRule, proto3Field, WrittenJson } from "../src/index.js";

// A tiny document with one field of each proto3 kind.
const doc = {
  components: {
    schemas: {
      Level: { type: "string", enum: ["LEVEL_UNSPECIFIED", "LOW", "HIGH"] },
      Disk: { type: "object", properties: { name: { type: "string" }, size: { type: "string", format: "int64" } } },
      Thing: {
        type: "object",
        required: ["kind"],
        properties: {
          kind: { type: "string" },
          name: { type: "string" },
          count: { type: "integer" },
          size: { type: "string", format: "int64" },
          enabled: { type: "boolean" },
          level: { $ref: "#/components/schemas/Level" },
          createdAt: { type: "string", format: "date-time" },
          disks: { type: "array", items: { $ref: "#/components/schemas/Disk" } },
          tags: { type: "array", items: { type: "string" } },
          main: { $ref: "#/components/schemas/Disk" },
          detail: { $ref: "#/components/schemas/Detail" },
        },
      },
      Rule: {
        type: "object",
        properties: {
          maxCount: { type: "string", format: "int64" },
          maxAge: { type: "string" },
          note: { type: "string" },
        },
        oneOf: [{ required: ["maxAge"] }, { required: ["maxCount"] }],
      },
      Holder: {
        type: "object",
        required: ["rule"],
        properties: { rule: { $ref: "#/components/schemas/Rule" } },
      },
      Detail: {
        oneOf: [
          {
            type: "object",
            required: ["@type"],
            properties: { "@type": { const: "type.test/A" }, reason: { type: "string" } },
          },
          {
            type: "object",
            required: ["@type"],
            properties: { "@type": { const: "type.test/B" }, retries: { type: "integer" } },
          },
        ],
      },
    },
  },
};
const { write, writeJson } = createProto3Writer(doc);

describe("the proto3 JSON writer", () => {
  it("leaves out every scalar, enum and list at its default, and keeps required fields", () => {
    const written = write(
      { kind: "", name: "", count: 0, size: "0", enabled: false, level: "LEVEL_UNSPECIFIED", disks: [], tags: [] },
      "Thing",
    );
    expect(written).toEqual({ kind: "" });
  });

  it("keeps values that are not defaults, at every depth", () => {
    const thing = {
      kind: "k",
      name: "n",
      count: 2,
      size: "10",
      enabled: true,
      level: "LOW",
      tags: ["a"],
      disks: [{ name: "", size: "5" }],
      main: { name: "boot", size: "0" },
    };
    expect(write(thing, "Thing")).toEqual({ ...thing, disks: [{ size: "5" }], main: { name: "boot" } });
  });

  it("gives a Timestamp presence: written as set, absent when absent, never a default of its own", () => {
    expect(proto3Field(doc, doc.components.schemas.Thing.properties.createdAt, "/x")).toEqual({ kind: "timestamp" });
    expect(write({ kind: "k", createdAt: "2026-01-02T03:04:05Z" }, "Thing")).toEqual({
      kind: "k",
      createdAt: "2026-01-02T03:04:05Z",
    });
    expect(write({ kind: "k" }, "Thing")).toEqual({ kind: "k" });
    expect(write({ kind: "k", createdAt: undefined }, "Thing")).not.toHaveProperty("createdAt");
  });

  it("keeps a message-typed field that is set, even when all its fields are defaults (presence)", () => {
    expect(write({ kind: "k", main: { name: "", size: "0" } }, "Thing")).toEqual({ kind: "k", main: {} });
  });

  it("follows a union by the branch its @type names", () => {
    expect(write({ kind: "k", detail: { "@type": "type.test/A", reason: "" } }, "Thing")).toEqual({
      kind: "k",
      detail: { "@type": "type.test/A" },
    });
    expect(write({ kind: "k", detail: { "@type": "type.test/B", retries: 0, extra: 0 } }, "Thing")).toEqual({
      kind: "k",
      detail: { "@type": "type.test/B", extra: 0 },
    });
  });

  it("gives a oneof's scalars presence, and follows a required message into its fields", () => {
    expect(write({ rule: { maxCount: "0", note: "" } }, "Holder")).toEqual({ rule: { maxCount: "0" } });
    expect(fieldRule(doc, { name: "maxCount", property: {}, pointer: "/x", required: false, oneof: true })).toEqual({
      kind: "presence",
    });
  });

  it("names a schema it does not have", () => {
    expect(() => write({}, "Nothing")).toThrow("spec: no schema Nothing");
  });

  it("writes JSON text: the same fields as write, defaults left out", () => {
    const thing = { kind: "k", name: "", count: 3, disks: [{ name: "", size: "5" }], tags: [] };
    const json = writeJson(thing, "Thing");
    expect(json).toBeInstanceOf(WrittenJson);
    expect(JSON.parse(json.text)).toEqual(write(thing, "Thing"));
  });

  it("inserts text it wrote before as it is, and still leaves out an empty list and default scalars around it", () => {
    const disk = writeJson({ name: "", size: "5" }, "Disk");
    expect(disk.text).toBe('{"size":"5"}');
    expect(writeJson({ kind: "k", name: "", disks: [disk, disk], main: disk }, "Thing").text).toBe(
      '{"kind":"k","disks":[{"size":"5"},{"size":"5"}],"main":{"size":"5"}}',
    );
    expect(writeJson({ kind: "k", disks: [] }, "Thing").text).toBe('{"kind":"k"}');
    // Text at the top is the answer itself.
    expect(writeJson(disk, "Disk")).toBe(disk);
  });

  it("gives its JSON as UTF-8 bytes too, encoded once and kept", () => {
    const disk = writeJson({ name: "диск é" }, "Disk");
    expect(new TextDecoder().decode(disk.bytes)).toBe(disk.text);
    expect(disk.bytes).toBe(disk.bytes);
    const page = writeJson({ kind: "ключ", disks: [disk, disk, undefined] }, "Thing");
    expect(page.text).toBe('{"kind":"ключ","disks":[{"name":"диск é"},{"name":"диск é"},null]}');
  });

  it("serializes strings in written-through values as JSON.stringify does", () => {
    const disk = writeJson({ name: 'quote " and \u2028 line' }, "Disk");
    const text = writeJson({ kind: "é\n", disks: [disk] }, "Thing").text;
    expect(JSON.parse(text)).toEqual({ kind: "é\n", disks: [{ name: 'quote " and \u2028 line' }] });
  });
});
