import { describe, expect, it } from "vitest";
import {
  createValidator,
  findOperation,
  listOperations,
  loadBundle,
  messageProperties,
  proto3Field,
  resolvePointer,
  resolveRef,
  unionBranches,
} from "../src/node.js";

const doc = loadBundle();
const operations = listOperations(doc);
const schemaAt = (name: string) => ({ node: doc.components.schemas[name], pointer: `/components/schemas/${name}` });
const kindOf = (schema: string, field: string) =>
  proto3Field(
    doc,
    doc.components.schemas[schema].properties[field],
    `/components/schemas/${schema}/properties/${field}`,
  );

describe("the document", () => {
  it("is a fresh copy each time", () => {
    const copy = loadBundle();
    copy.info.title = "edited";
    expect(loadBundle().info.title).not.toBe("edited");
  });

  it("resolves pointers and refs, and names a pointer that goes nowhere", () => {
    expect(resolvePointer(doc, "/components/schemas/Backup").type).toBe("object");
    expect(resolveRef(doc, { $ref: "#/components/schemas/BackupType" }).enum).toContain("FULL");
    expect(() => resolvePointer(doc, "/components/schemas/Nothing")).toThrow(
      "the pointer /components/schemas/Nothing does not resolve",
    );
  });
});

describe("operations", () => {
  it("lists each operation with its method, path and resolved parameters", () => {
    const get = findOperation(operations, "get");
    expect([get.method, get.path]).toEqual(["get", "/backup/v1/backups/{backupId}"]);
    expect(get.parameters.map((p) => `${p.in}:${p.name}`)).toContain("query:folderId");
    expect(() => findOperation(operations, "nothing")).toThrow(/no operation nothing/);
  });

  it("carries the selectors' x-selector and the servers' x-region", () => {
    const list = findOperation(operations, "list");
    expect(list.parameters.find((p) => p.name === "archive.archiveId")?.selector).toEqual({
      name: "archive",
      required: true,
    });
    expect(findOperation(operations, "getOperation").servers.map((s) => [s.region, s.url])).toEqual([
      ["ru", "https://operation.api.cloud.yandex.net"],
      ["kz", "https://operation.api.yandexcloud.kz"],
    ]);
    expect(list.servers.map((s) => s.region)).toEqual(["ru", "kz"]);
  });
});

describe("validators", () => {
  const validator = createValidator(doc);

  it("check a body against what an operation declares, following shared responses", () => {
    const get = findOperation(operations, "get");
    expect(validator.responseErrors(get, 200, { id: "b", size: "1" })).toEqual([]);
    expect(validator.responseErrors(get, 200, { size: 1 })).toEqual(["/size must be string"]);
    expect(validator.responseSchemaPointer(get, 404)).toBe(
      "/components/responses/NotFound/content/application~1json/schema",
    );
    expect(validator.responseErrors(get, 404, { message: "no code" })).not.toEqual([]);
  });

  it("without the meta-schema check, compiling a validator compiles nothing of the meta-schema (a cold start's cost)", () => {
    const metaSchemaId = "https://json-schema.org/draft/2020-12/schema";
    const unchecked = createValidator(doc, { validateSchema: false });
    expect(unchecked.validatorAt("/components/schemas/Backup")({ id: "b" })).toBe(true);
    expect(unchecked.ajv.schemas[metaSchemaId]?.validate).toBeUndefined();
    const checked = createValidator(doc);
    checked.validatorAt("/components/schemas/Backup");
    expect(checked.ajv.schemas[metaSchemaId]?.validate).toBeTypeOf("function");
  });
});

describe("proto3 field kinds", () => {
  it("fill scalars, int64 strings, enums and lists with their defaults", () => {
    expect(kindOf("Backup", "id")).toEqual({ kind: "scalar", defaultValue: "" });
    expect(kindOf("Backup", "size")).toEqual({ kind: "scalar", defaultValue: "0" });
    expect(kindOf("Backup", "deleted")).toEqual({ kind: "scalar", defaultValue: false });
    expect(kindOf("Backup", "type")).toEqual({ kind: "scalar", defaultValue: "TYPE_UNSPECIFIED" });
    expect(kindOf("StartRecoveryMetadata", "progressPercentage")).toEqual({ kind: "scalar", defaultValue: 0 });
    expect(kindOf("Backup", "disks").kind).toBe("list");
  });

  it("leave timestamps and message-typed fields absent (presence)", () => {
    expect(kindOf("Backup", "createdAt")).toEqual({ kind: "timestamp" });
    for (const [schema, field] of [
      ["Backup", "attributes"],
      ["Operation", "metadata"],
      ["Operation", "error"],
      ["Operation", "response"],
    ]) {
      expect(kindOf(schema!, field!).kind, `${schema}.${field}`).toBe("message");
    }
  });

  it("name what it cannot tell, instead of guessing", () => {
    const bad = {
      properties: {
        odd: { type: "null" },
        fixed: { type: "string", const: "x" },
      },
    };
    expect(() => proto3Field(doc, bad.properties.odd, "/x/odd")).toThrow(
      'cannot tell the proto3 kind of /x/odd (type "null")',
    );
    expect(() => proto3Field(doc, bad.properties.fixed, "/x/fixed")).toThrow("is a constant (const) but not required");
  });

  it("merge allOf parts, the later one winning, and keep required fields apart", () => {
    const fields = messageProperties(doc, schemaAt("StartRecoveryOperation"));
    expect(fields.find((f) => f.name === "metadata")?.property).toEqual({
      $ref: "#/components/schemas/StartRecoveryMetadata",
    });
    expect(fields.map((f) => f.name)).toContain("done");
    expect(messageProperties(doc, schemaAt("Status")).find((f) => f.name === "code")?.required).toBe(true);
  });

  it("tell union branches apart by @type, the bare Any being the fallback", () => {
    expect([...unionBranches(doc, schemaAt("StatusDetail")).keys()]).toEqual([
      "type.googleapis.com/google.rpc.RequestInfo",
      "type.googleapis.com/google.rpc.BadRequest",
    ]);
    // every kind of operation metadata has its own @type
    const metadata = schemaAt("OperationMetadata");
    expect(unionBranches(doc, metadata).size).toBe(metadata.node.oneOf.length);
    expect([...unionBranches(doc, schemaAt("OperationResponse")).keys()]).toEqual([
      "type.googleapis.com/google.protobuf.Empty",
      "type.googleapis.com/yandex.cloud.backup.v1.Policy",
    ]);
  });
});
