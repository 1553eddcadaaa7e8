// @ts-check
// The detector on known edits of the bundled spec: each edit is tiny and made in memory.
import { describe, expect, it } from "vitest";
import { detectBreaking, edited, loadBundledSpec, operation, removeOperation } from "../support/bundled-spec.mjs";

const base = loadBundledSpec();

/** @typedef {import('../support/bundled-spec.mjs').Doc} Doc */
/** @type {{ edit: string, change: (doc: Doc) => void, rule: string }[]} */
const breakingEdits = [
  { edit: "remove an operation (delete)", change: (d) => removeOperation(d, "delete"), rule: "operation-removed" },
  {
    edit: "remove a response field (Backup.vaultId)",
    change: (d) => delete d.components.schemas.Backup.properties.vaultId,
    rule: "property-removed",
  },
  {
    edit: "retype a response field (Backup.deleted boolean → string)",
    change: (d) => (d.components.schemas.Backup.properties.deleted.type = "string"),
    rule: "schema-type-changed",
  },
  {
    edit: "add a required query parameter (list)",
    change: (d) =>
      operation(d, "list").parameters.push({
        name: "region",
        in: "query",
        required: true,
        description: "x",
        schema: { type: "string" },
      }),
    rule: "parameter-became-required",
  },
  {
    edit: "make an optional parameter required (pageSize)",
    change: (d) => (d.components.parameters.QueryPageSize.required = true),
    rule: "parameter-became-required",
  },
  {
    edit: "require a new request body field (startRecovery)",
    change: (d) => {
      const body = d.components.schemas.StartRecoveryRequest;
      body.properties.diskId = { type: "string", description: "x" };
      body.required.push("diskId");
    },
    rule: "required-properties-added",
  },
  {
    edit: "narrow an enum seen in responses only (BackupType loses INCREMENTAL)",
    change: (d) =>
      (d.components.schemas.BackupType.enum = d.components.schemas.BackupType.enum.filter(
        (/** @type {string} */ v) => v !== "INCREMENTAL",
      )),
    rule: "typescript/enum-narrowed",
  },
  {
    edit: "narrow an enum used in a request (ResourceType loses BMS)",
    change: (d) =>
      (d.components.schemas.ResourceType.enum = d.components.schemas.ResourceType.enum.filter(
        (/** @type {string} */ v) => v !== "BMS",
      )),
    rule: "enum-values-removed",
  },
];

/** @type {{ edit: string, change: (doc: Doc) => void, bump: string }[]} */
const safeEdits = [
  {
    edit: "add an optional response field (Backup.label)",
    change: (d) => (d.components.schemas.Backup.properties.label = { type: "string", description: "x" }),
    bump: "minor",
  },
  {
    edit: "add an optional query parameter (list)",
    change: (d) =>
      operation(d, "list").parameters.push({
        name: "region",
        in: "query",
        description: "x",
        schema: { type: "string" },
      }),
    bump: "minor",
  },
  {
    edit: "add an optional request body field (startRecovery)",
    change: (d) => (d.components.schemas.StartRecoveryRequest.properties.diskId = { type: "string", description: "x" }),
    bump: "minor",
  },
  {
    edit: "edit a description (Backup)",
    change: (d) => (d.components.schemas.Backup.description += " Edited."),
    bump: "patch",
  },
];

describe("breaking edits are rated major, with the rule that caught them", () => {
  it.concurrent.each(breakingEdits)("$edit → major ($rule)", async ({ change, rule }) => {
    const verdict = await detectBreaking(base, edited(base, change));
    expect(verdict.bump).toBe("major");
    expect(verdict.breaking.map((b) => b.rule)).toContain(rule);
    for (const b of verdict.breaking) expect(b.message).not.toBe("");
  });
});

describe("non-breaking edits are not major", () => {
  it.concurrent.each(safeEdits)("$edit → $bump", async ({ change, bump }) => {
    const verdict = await detectBreaking(base, edited(base, change));
    expect(verdict.breaking).toEqual([]);
    expect(verdict.bump).toBe(bump);
  });

  it("the spec against itself → none", async () => {
    const verdict = await detectBreaking(base, structuredClone(base));
    expect(verdict).toMatchObject({ bump: "none", breaking: [] });
  });
});
