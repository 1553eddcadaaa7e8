// The standalone validators (ajv's code written out, what the emulator ships) must judge every value exactly as
// the validators compiled at run time do: same verdict, same errors, for each schema a request is checked against.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createValidator,
  type ErrorObject,
  listOperations,
  loadBundle,
  requestSchemaPointers,
  standaloneValidatorsModule,
} from "../src/node.js";

const doc = loadBundle();
const pointers = requestSchemaPointers(listOperations(doc));

/** Values that break a rule of most schemas, and some that keep them. */
const SAMPLES: unknown[] = [
  "",
  "b1gs8i6ef1ttp1pbjm2m",
  "5f0c2d1e-8a3b-4c7d-9e6f-0a1b2c3d4e5f",
  "not-a-uuid",
  "2026-12-05T10:00:00Z",
  "x".repeat(300),
  0,
  -1,
  1.5,
  100,
  1001,
  true,
  null,
  [],
  ["a", "a"],
  {},
  { folderId: "" },
  { folderId: "b1gs8i6ef1ttp1pbjm2m", unknown: 1 },
  { folderId: "b1gs8i6ef1ttp1pbjm2m", name: "p", settings: {} },
];

const summary = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map(
    (error) => `${error.instancePath} ${error.keyword} ${error.schemaPath} ${JSON.stringify(error.params)}`,
  );

describe("standaloneValidatorsModule", () => {
  it("judges every request schema as the run-time validators do", async () => {
    // Written where its imports of ajv's runtime helpers resolve, and loaded by Node itself (node_modules is not
    // transformed), as the emulator's build loads it.
    const folder = fileURLToPath(new URL("../node_modules/.cache/standalone-validators/", import.meta.url));
    mkdirSync(folder, { recursive: true });
    const file = `${folder}validators-${process.pid}.mjs`;
    writeFileSync(file, standaloneValidatorsModule(doc, pointers));
    const { VALIDATORS } = (await import(file).finally(() => rmSync(file))) as {
      VALIDATORS: Record<string, ((value: unknown) => boolean) & { errors?: ErrorObject[] | null }>;
    };
    const compiled = createValidator(doc, { validateSchema: false });

    expect(Object.keys(VALIDATORS).sort()).toEqual([...new Set(pointers)].sort());
    for (const pointer of new Set(pointers)) {
      const standalone = VALIDATORS[pointer]!;
      const atRunTime = compiled.validatorAt(pointer);
      for (const sample of SAMPLES) {
        const context = `${pointer} with ${JSON.stringify(sample)}`;
        expect(standalone(sample), context).toBe(atRunTime(sample));
        expect(summary(standalone.errors), context).toEqual(summary(atRunTime.errors));
      }
    }
  });
});
