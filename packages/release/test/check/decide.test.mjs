// @ts-check
// The release check's rules on hand-made facts: which situations pass, which fail and what the error says.
import { describe, expect, it } from "vitest";
import { decide } from "../../src/check/decide.mjs";

const group = ["@backup-api/spec", "@backup-api/types", "@backup-api/client"];
/** @param {'major' | 'minor' | 'patch' | 'none'} type */
const planOf = (type) => ({
  changesets: [{ id: "c1", releases: [] }],
  releases: group.map((name) => ({
    name,
    type,
    oldVersion: "1.0.0",
    newVersion: "2.0.0",
    changesets: type === "none" ? [] : ["c1"],
  })),
});
const specChanged = [{ name: "@backup-api/spec", reasons: ["the bundled spec differs from the released one"] }];
/** @type {import('../../src/breaking/detect-breaking.mjs').Verdict} */
const breakingVerdict = {
  bump: "major",
  changes: [],
  breaking: [{ where: "#/paths/x/delete", rule: "operation-removed", message: "Operation `DELETE /x` was removed." }],
};
const base = { fixedGroup: group, emptyChangesets: [], breaking: undefined };

describe("every changed public package has a changeset", () => {
  it("passes when the plan releases the changed package", () => {
    expect(decide({ ...base, changed: specChanged, plan: planOf("patch") })).toEqual({ ok: true, problems: [] });
  });

  it("passes when nothing changed and nothing is planned", () => {
    expect(decide({ ...base, changed: [], plan: planOf("none") }).ok).toBe(true);
  });

  it("fails, naming the package and why it counts as changed, when no changeset releases it", () => {
    const result = decide({ ...base, changed: specChanged, plan: planOf("none") });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(
      /@backup-api\/spec changed \(the bundled spec differs .*\) but no changeset releases it/,
    );
  });

  it("fails when there is no changeset at all", () => {
    const result = decide({ ...base, changed: specChanged, plan: { changesets: [], releases: [] } });
    expect(result.ok).toBe(false);
  });

  it("an empty changeset declares that the change needs no release", () => {
    expect(decide({ ...base, changed: specChanged, plan: planOf("none"), emptyChangesets: ["docs-only"] }).ok).toBe(
      true,
    );
  });
});

describe("breaking spec changes need a major changeset for the fixed group", () => {
  it("fails on a minor changeset, listing the breaking change and what to do", () => {
    const result = decide({ ...base, changed: specChanged, plan: planOf("minor"), breaking: breakingVerdict });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toContain("Operation `DELETE /x` was removed. [operation-removed]");
    expect(result.problems[0]).toContain("@backup-api/spec minor");
    expect(result.problems[0]).toContain("choose major");
  });

  it("an empty changeset does not excuse a breaking change", () => {
    const result = decide({
      ...base,
      changed: specChanged,
      plan: planOf("none"),
      breaking: breakingVerdict,
      emptyChangesets: ["e"],
    });
    expect(result.ok).toBe(false);
  });

  it("passes on a major changeset", () => {
    expect(decide({ ...base, changed: specChanged, plan: planOf("major"), breaking: breakingVerdict }).ok).toBe(true);
  });

  it("passes a non-breaking spec change on a minor changeset", () => {
    const minorOnly = { bump: /** @type {const} */ ("minor"), changes: [], breaking: [] };
    expect(decide({ ...base, changed: specChanged, plan: planOf("minor"), breaking: minorOnly }).ok).toBe(true);
  });
});

describe("additions to the spec need at least a minor changeset", () => {
  const additions = { bump: /** @type {const} */ ("minor"), changes: [], breaking: [] };
  it("fails on a patch changeset", () => {
    const result = decide({ ...base, changed: specChanged, plan: planOf("patch"), breaking: additions });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toContain("need at least a minor changeset");
  });
  it("a description-only change (rated patch) passes on a patch changeset", () => {
    const patchOnly = { bump: /** @type {const} */ ("patch"), changes: [], breaking: [] };
    expect(decide({ ...base, changed: specChanged, plan: planOf("patch"), breaking: patchOnly }).ok).toBe(true);
  });
});

describe("the released consumer type tests must compile against the current packages", () => {
  const broken = {
    ok: /** @type {const} */ (false),
    files: ["a/consumer.mts"],
    errors: "consumer.mts(3,7): error TS2322: Type '\"INCREMENTAL\"' is not assignable",
  };
  it("fails without a major changeset, showing the compiler errors", () => {
    const result = decide({ ...base, changed: [], plan: planOf("minor"), typeCompat: broken });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toContain("no longer compile against the current packages");
    expect(result.problems[0]).toContain("TS2322");
  });
  it("passes with a major changeset, or when they compile", () => {
    expect(decide({ ...base, changed: [], plan: planOf("major"), typeCompat: broken }).ok).toBe(true);
    expect(
      decide({ ...base, changed: [], plan: planOf("none"), typeCompat: { ok: true, files: ["a/consumer.mts"] } }).ok,
    ).toBe(true);
  });
});
