import { findOperation, listOperations, loadBundle, resolveRef } from "@backup-api/spec-walker/node";
import { describe, expect, it } from "vitest";
import { NOT_YET_EMULATED, notYetEmulated } from "../../src/handlers/not-yet-emulated.js";
import { ApiError } from "../../src/http/api-error.js";
import { createEmulator, NOT_YET_EMULATED as exported } from "../../src/index.js";
import { SPEC_OPERATIONS } from "../../src/spec/bundled-spec.js";

const doc = loadBundle();
const operations = listOperations(doc);

/** A request the spec allows, from its examples: path and required query parameters, the first body example. */
function validRequest(operationId: string): Request {
  const operation = findOperation(operations, operationId);
  let path = operation.path;
  const url = new URL("http://emulator.test");
  const headers: Record<string, string> = { authorization: "Bearer t" };
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, String(parameter.example));
    if (parameter.in === "query" && (parameter.required || parameter.name === "folderId"))
      url.searchParams.set(parameter.name, String(parameter.example));
    if (parameter.in === "header" && parameter.name === "Idempotency-Key")
      headers[parameter.name] = crypto.randomUUID();
  }
  url.pathname = path;
  const bodyExamples = operation.requestBody?.content?.["application/json"]?.examples;
  const [first] = Object.values(bodyExamples ?? {});
  if (!first) return new Request(url, { method: operation.method.toUpperCase(), headers });
  return new Request(url, {
    method: operation.method.toUpperCase(),
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(resolveRef(doc, first).value),
  });
}

describe("operations not emulated yet", () => {
  it("are operations of the spec, each listed once, and the list is what the package exports", () => {
    const specIds = new Set<string>(SPEC_OPERATIONS.map((operation) => operation.operationId));
    expect(NOT_YET_EMULATED.filter((operationId) => !specIds.has(operationId))).toEqual([]);
    expect(new Set(NOT_YET_EMULATED).size).toBe(NOT_YET_EMULATED.length);
    expect(exported).toBe(NOT_YET_EMULATED);
  });

  it.each(NOT_YET_EMULATED)("%s: a valid request answers 501 UNIMPLEMENTED naming it, as a Status", async (id) => {
    const response = await createEmulator().fetch(validRequest(id));
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(501);
    expect(body.code).toBe(12);
    expect(body.message).toMatch(new RegExp(`^${id} is not emulated yet`));
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });

  it("the handler alone: an ApiError of code UNIMPLEMENTED, HTTP 501", () => {
    const thrown = (() => {
      try {
        notYetEmulated("getAgentInstallCommand")({} as never);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ codeName: "UNIMPLEMENTED", code: 12, httpStatus: 501 });
  });
});
