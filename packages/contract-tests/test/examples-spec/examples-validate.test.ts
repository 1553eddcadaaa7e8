// Every example in the spec validates against the schema it illustrates, with ajv (JSON Schema 2020-12
// + formats), not with the tools that produced or serve the spec.
import { describe, expect, it } from "vitest";
import { escapePointer, resolveRefAt, type SpecNode } from "@backup-api/spec-walker";
import { doc, specOperations, validator } from "../../src/spec-operations.js";

const { ajv, validatorAt } = validator;

interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
}

const asObject = (node: unknown): SpecNode =>
  node && typeof node === "object" && !Array.isArray(node) ? (node as SpecNode) : {};

/** Named media-type examples (`content.<type>.examples.<name>`), following $refs to shared responses. */
function mediaTypeExamples(ownerPointer: string, owner: SpecNode): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [mediaType, media] of Object.entries(asObject(owner.content))) {
    const mediaPointer = `${ownerPointer}/content/${escapePointer(mediaType)}`;
    for (const [name, ref] of Object.entries(asObject(asObject(media).examples))) {
      const example = asObject(resolveRefAt(doc, asObject(ref), `${mediaPointer}/examples/${name}`).node);
      cases.push({
        where: `${mediaPointer}/examples/${name}`,
        schemaPointer: `${mediaPointer}/schema`,
        value: example.value ?? null,
      });
    }
  }
  return cases;
}

function collectCases(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const { operation: op, pointer: opPointer } of specOperations) {
    if (op.requestBody) cases.push(...mediaTypeExamples(`${opPointer}/requestBody`, asObject(op.requestBody)));
    for (const [code, response] of Object.entries(asObject(op.responses))) {
      const { node, pointer } = resolveRefAt(doc, asObject(response), `${opPointer}/responses/${code}`);
      cases.push(...mediaTypeExamples(pointer, asObject(node)));
    }
  }
  // Parameter and header examples.
  for (const kind of ["parameters", "headers"] as const) {
    for (const [name, component] of Object.entries(asObject(asObject(doc.components)[kind]))) {
      const c = asObject(component);
      if ("example" in c)
        cases.push({
          where: `/components/${kind}/${name}/example`,
          schemaPointer: `/components/${kind}/${name}/schema`,
          value: c.example,
        });
    }
  }
  // Schema-level `examples` arrays (JSON Schema annotation) anywhere under components/schemas.
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${pointer}/${i}`));
    const object = node as SpecNode;
    if (Array.isArray(object.examples) && !pointer.endsWith("/properties")) {
      object.examples.forEach((value: unknown, i: number) =>
        cases.push({ where: `${pointer}/examples/${i}`, schemaPointer: pointer, value }),
      );
    }
    for (const [key, child] of Object.entries(object))
      if (key !== "examples") walk(child, `${pointer}/${escapePointer(key)}`);
  };
  walk(asObject(doc.components).schemas, "/components/schemas");
  return cases;
}

const cases = collectCases();

describe("examples validate against their schemas (ajv 2020-12)", () => {
  it("finds the examples (a walker that finds none proves nothing)", () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((c) => [c.where, c] as const))("%s", (_where, c) => {
    const validate = validatorAt(c.schemaPointer);
    const ok = validate(c.value);
    expect(ok ? [] : ajv.errorsText(validate.errors, { separator: "\n" }).split("\n")).toEqual([]);
  });

  it("the validator really rejects a wrong example (int64 as a JSON number)", () => {
    const validate = validatorAt("/components/schemas/Backup");
    expect(validate({ id: "b", size: 1024 })).toBe(false);
    expect(validate({ id: "b", size: "12ab" })).toBe(false);
    expect(validate({ id: "b", createdAt: "yesterday" })).toBe(false);
    expect(validate({ id: "b", size: "1024", createdAt: "2026-11-20T02:00:13.512345678Z" })).toBe(true);
  });

  it("uses only formats the validator knows (an unknown format would be skipped silently)", () => {
    const formats = new Set<string>();
    // A schema's `format` sits beside its `type`; an example's data field named `format` does not.
    JSON.stringify(doc, function (this: Record<string, unknown>, key, value) {
      if (key === "format" && typeof value === "string" && typeof this.type === "string") formats.add(value);
      return value;
    });
    expect(formats.size).toBeGreaterThan(2);
    const unknown = [...formats].filter((f) => !ajv.formats[f]);
    expect(unknown).toEqual([]);
  });
});
