// Each of our lint rules, proven on a tiny spec broken in exactly one place: the rule fires, only it
// fires, and its message tells the author what to write instead.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lint, type LintReport } from "../support/redocly.js";
import { type Spec, validFixtureSpec } from "./fixture-spec.js";

const cases: Record<string, (spec: Spec) => void> = {
  valid: () => {},
  "int64-as-number": (s) => {
    s.components.schemas.Thing.properties.size = { type: "integer", format: "int64", description: "Size." };
    s.paths["/v1/things/{thingId}"].get.responses["200"].content["application/json"].examples.one.value.size = 42;
  },
  "int64-without-pattern": (s) => {
    delete s.components.schemas.Thing.properties.size.pattern;
  },
  "missing-shared-error": (s) => {
    delete s.paths["/v1/things/{thingId}"].get.responses["503"];
  },
  "delete-without-idempotency-key": (s) => {
    s.paths["/v1/things/{thingId}"].delete.parameters.pop();
    delete s.components.parameters.IdempotencyKey;
  },
  "enum-without-unspecified-first": (s) => {
    s.components.schemas.Thing.properties.level = { type: "string", enum: ["LOW", "HIGH"], description: "Level." };
  },
  "body-without-examples": (s) => {
    delete s.paths["/v1/things/{thingId}"].get.responses["200"].content["application/json"].examples;
  },
  "unused-component": (s) => {
    s.components.schemas.Orphan = { type: "string", description: "Nobody uses me." };
  },
  "another-custom-verb": (s) => {
    // The startRecovery exception must stay narrow: any other non-kebab path still fails.
    s.paths["/v1/things/{thingId}:doThing"] = s.paths["/v1/things/{thingId}"];
    delete s.paths["/v1/things/{thingId}"];
  },
};

let reports: Record<string, LintReport["problems"]>;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "backup-api-lint-"));
  const files = Object.entries(cases).map(([name, breakIt]) => {
    const spec = validFixtureSpec();
    breakIt(spec);
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(spec, null, 2));
    return file;
  });
  // One redocly run for all fixtures (each run costs a second of start-up); problems are told apart by file.
  const { problems } = lint(files);
  reports = Object.fromEntries(
    Object.keys(cases).map((name) => [
      name,
      problems.filter((p) => p.location[0]?.source.ref.endsWith(`${name}.json`)),
    ]),
  );
}, 60_000);

const rulesOf = (name: string) => [...new Set(reports[name]!.map((p) => p.ruleId))].sort();
const messagesOf = (name: string) => reports[name]!.map((p) => p.message).join("\n");

describe("lint rules on tiny fixture specs", () => {
  it("the unbroken fixture is clean", () => {
    expect(reports.valid).toEqual([]);
  });

  it("backup/int64-as-string rejects an int64 sent as a JSON number and says how to write it", () => {
    expect(rulesOf("int64-as-number")).toEqual(["backup/int64-as-string"]);
    expect(messagesOf("int64-as-number")).toContain("`type: string`, `format: int64`");
  });

  it("backup/int64-as-string requires the digits pattern", () => {
    expect(rulesOf("int64-without-pattern")).toEqual(["backup/int64-as-string"]);
    expect(messagesOf("int64-without-pattern")).toContain("pattern: '^-?[0-9]+$'");
  });

  it("backup/shared-error-responses names the missing codes and where to take them from", () => {
    expect(rulesOf("missing-shared-error")).toEqual(["backup/shared-error-responses"]);
    expect(messagesOf("missing-shared-error")).toMatch(/Missing shared error responses 503.*components\/responses/);
  });

  it("backup/mutating-takes-idempotency-key flags a DELETE without Idempotency-Key", () => {
    expect(rulesOf("delete-without-idempotency-key")).toEqual(["backup/mutating-takes-idempotency-key"]);
    expect(messagesOf("delete-without-idempotency-key")).toContain("HeaderIdempotencyKey.yaml");
  });

  it("backup/enum-zero-is-unspecified wants the *_UNSPECIFIED value first and says why", () => {
    expect(rulesOf("enum-without-unspecified-first")).toEqual(["backup/enum-zero-is-unspecified"]);
    expect(messagesOf("enum-without-unspecified-first")).toContain('lists "LOW" first');
    expect(messagesOf("enum-without-unspecified-first")).toContain("`*_UNSPECIFIED` value first");
  });

  it("rule/media-type-has-named-examples flags a body without examples", () => {
    expect(rulesOf("body-without-examples")).toEqual(["rule/media-type-has-named-examples"]);
    expect(messagesOf("body-without-examples")).toContain("spec/components/examples/");
  });

  it("no-unused-components flags an orphan component", () => {
    expect(rulesOf("unused-component")).toEqual(["no-unused-components"]);
  });

  it("paths-kebab-case still applies to every path but the one excepted", () => {
    expect(rulesOf("another-custom-verb")).toEqual(["paths-kebab-case"]);
  });
});
