// The bundled Backup schema has exactly the fields of the seed's JSON representation, nested the same
// way, with the same wire types. The seed is captured as data in test/fixtures (the repo never reads the
// seed page itself).
import { describe, expect, it } from "vitest";
import seed from "../../fixtures/seed-backup-fields.json" with { type: "json" };
import { loadBundle } from "@backup-api/spec-walker/node";
import { diffShapes, flattenSchema } from "../../src/schema-shape.js";

const BACKUP = "/components/schemas/Backup";

describe("Backup schema ↔ seed representation", () => {
  it("has exactly the seed fields, nested the same way, with the same types", () => {
    expect(diffShapes(seed.fields, flattenSchema(loadBundle(), BACKUP))).toEqual([]);
  });

  it("requires no field: the server may omit any field at its default value", () => {
    const schemas = loadBundle().components.schemas;
    for (const name of ["Backup", "BackupAttributes", "Disk", "Volume"])
      expect(schemas[name].required, name).toBeUndefined();
  });

  // The comparison itself must be able to fail: each edit below is one a careless spec change could make.
  describe("catches each kind of drift", () => {
    const mutate = (edit: (schemas: Record<string, any>) => void) => {
      const doc = loadBundle();
      edit(doc.components.schemas);
      return diffShapes(seed.fields, flattenSchema(doc, BACKUP));
    };

    it("a renamed field", () => {
      expect(
        mutate((s) => {
          s.Backup.properties.vault_id = s.Backup.properties.vaultId;
          delete s.Backup.properties.vaultId;
        }),
      ).toEqual(["missing field vaultId (string)", "unexpected field vault_id (string)"]);
    });

    it("a removed nested field", () => {
      expect(mutate((s) => delete s.Volume.properties.mountStrid)).toEqual([
        "missing field disks[].volumes[].mountStrid (string)",
      ]);
    });

    it("an added field", () => {
      expect(mutate((s) => (s.Disk.properties.serial = { type: "string" }))).toEqual([
        "unexpected field disks[].serial (string)",
      ]);
    });

    it("an int64 retyped as a JSON number", () => {
      expect(mutate((s) => (s.Backup.properties.size = { type: "integer", format: "int64" }))).toEqual([
        "field size is integer, expected int64",
      ]);
    });

    it("a timestamp that lost its format", () => {
      expect(mutate((s) => delete s.Backup.properties.createdAt.format)).toEqual([
        "field createdAt is string, expected date-time",
      ]);
    });
  });
});
