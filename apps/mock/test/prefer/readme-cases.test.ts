import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type RunningMock } from "../../src/index.js";
import { operationFor, parsePrefer, readmeCurls } from "../support/readme-curls.js";
import { operations, responseExamples, validateResponse } from "../support/spec.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

const preferCurls = readmeCurls().filter((c) => c.headers.prefer);

describe("every Prefer case documented in the README", () => {
  it.each(preferCurls.map((c) => [`${c.method} ${c.url.pathname} Prefer: ${c.headers.prefer}`, c] as const))(
    "%s",
    async (_, curl) => {
      const operationId = operationFor(curl.method, curl.url.pathname);
      const { code = 200, example } = parsePrefer(curl.headers.prefer);
      const examples = responseExamples(operationId, code);
      const name = example ?? Object.keys(examples)[0]!;
      expect(Object.keys(examples), `${operationId} ${code} declares example ${name}`).toContain(name);

      const res = await fetch(mock.url + curl.url.pathname + curl.url.search, {
        method: curl.method,
        headers: curl.headers,
        ...(curl.body !== undefined ? { body: curl.body } : {}),
      });
      const body: unknown = await res.json();
      expect(res.headers.get("sl-violations"), "the README's request itself follows the spec").toBeNull();
      expect(res.status).toBe(code);
      expect(body).toEqual(examples[name]);
      expect(validateResponse(operationId, code, body)).toEqual([]);
      expect(res.headers.get("x-request-id")).toBeTruthy();
      if (code >= 400) expect(body).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
    },
  );

  it("documents every named 200 example of every operation", () => {
    const documented = new Set(
      preferCurls.map((c) => `${operationFor(c.method, c.url.pathname)}:${parsePrefer(c.headers.prefer).example}`),
    );
    const declared = operations.flatMap((o) =>
      Object.keys(responseExamples(o.operationId, 200)).map((name) => `${o.operationId}:${name}`),
    );
    expect(declared.filter((d) => !documented.has(d))).toEqual([]);
  });

  it("documents every declared error status and example at least once", () => {
    const documented = new Set(
      preferCurls.map((c) => {
        const { code, example } = parsePrefer(c.headers.prefer);
        return `${code ?? 200}:${example ?? Object.keys(responseExamples(operationFor(c.method, c.url.pathname), code ?? 200))[0]}`;
      }),
    );
    const declared = new Set(
      operations.flatMap((o) =>
        Object.keys(o.operation.responses as object)
          .filter((status) => status !== "200")
          .flatMap((status) => Object.keys(responseExamples(o.operationId, status)).map((name) => `${status}:${name}`)),
      ),
    );
    expect([...declared].filter((d) => !documented.has(d))).toEqual([]);
  });
});
