// client ↔ server ↔ spec: every operation of the spec, called through @backup-api/client against the target
// (the Prism mock, the emulator, the emulator behind prism proxy). The answer must fit the spec's schema (checked
// by ajv, not by Prism) and Prism must report no violation of the request (and, as a proxy, of the answer).
import { NOT_YET_EMULATED } from "@backup-api/emulator";
import { describe, expect, inject, it } from "vitest";
import reference from "../../fixtures/reference-routes.json" with { type: "json" };
import { clientCalls, clientFor, violations } from "../../src/client-calls.js";
import { specOperations, validator } from "../../src/spec-operations.js";

const target = inject("target");
const client = clientFor(target);

describe(`client ↔ ${target.kind} ↔ spec: every operation`, () => {
  it("reads the operations from the spec: every operation of the reference routes", () => {
    expect(specOperations.map((o) => o.operationId).sort()).toEqual(
      reference.routes.map((route) => route.operationId).sort(),
    );
  });

  // The no-violation assertions below mean something only if Prism does flag a request that breaks the spec.
  it("Prism flags a request that breaks the spec (so silence is a pass)", async (ctx) => {
    if (target.kind !== "mock" && target.kind !== "emulator-via-prism-proxy")
      return ctx.skip(`no Prism in front of ${target.kind}`);
    const response = await client.raw.GET("/backup/v1/backups", {
      params: { query: { folderId: "f", pageSize: 5000 } },
    });
    expect(response.response.status).toBe(400);
    expect(JSON.stringify(violations(response.response))).toContain("pagesize");
  });

  describe.each(specOperations)("$operationId ($method $path)", (op) => {
    const entry = clientCalls[op.operationId];

    it("has contract coverage", () => {
      expect(entry, `operation ${op.operationId} has no entry in src/client-calls.ts`).toBeDefined();
    });

    it("answers 200 with a body that fits the spec", async (ctx) => {
      if (!entry) return ctx.skip("no contract coverage (see the test above)");
      const notEmulated =
        target.kind.startsWith("emulator") && (NOT_YET_EMULATED as readonly string[]).includes(op.operationId);
      const skip =
        target.skipReason ||
        (!entry.readOnly && target.readOnlyReason) ||
        (notEmulated && "the emulator answers it 501 UNIMPLEMENTED until it runs it (NOT_YET_EMULATED)");
      if (skip) return ctx.skip(skip);
      const { data, response } = await entry!.call(client, target.ids, { withResponse: true });
      expect(response.status).toBe(200);
      expect(violations(response)).toBeNull();
      expect(validator.responseErrors(op, 200, data)).toEqual([]);
    });
  });
});
