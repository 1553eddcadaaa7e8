// The tables the client's generator and the emulator both read: list selectors, google.rpc codes, regions.
import { describe, expect, it } from "vitest";
import { codeOfHttpStatus, findOperation, listOperations, listSelectors, regions, statusCodes } from "../src/index.js";

const status = (code: number, name: string, httpStatus: number) => ({ code, name, httpStatus });
const errorAnswer = (code: number) => ({
  content: { "application/json": { examples: { first: { value: { code } } } } },
});
const codes = [
  status(3, "INVALID_ARGUMENT", 400),
  status(5, "NOT_FOUND", 404),
  status(6, "ALREADY_EXISTS", 409),
  status(10, "ABORTED", 409),
  status(13, "INTERNAL", 500),
  status(15, "DATA_LOSS", 500),
];

/** A tiny document: one listing with selectors, a polled operation, two regions, some error answers. */
function tinyDoc(listParameters: object[], responses: object = {}) {
  return {
    servers: [
      { url: "https://api.ru", "x-region": "ru", description: "main" },
      { url: "https://api.kz", "x-region": "kz" },
    ],
    paths: {
      "/things": { get: { operationId: "list", parameters: listParameters, responses: { 200: {}, ...responses } } },
      "/operations/{operationId}": {
        get: {
          operationId: "getOperation",
          servers: [
            { url: "https://op.ru", "x-region": "ru" },
            { url: "https://op.kz", "x-region": "kz" },
          ],
          responses: { 200: {} },
        },
      },
    },
    components: { schemas: { Status: { properties: { code: { "x-google-rpc-codes": codes } } } } },
  };
}
const selectorParameter = (name: string, selector: object) => ({
  name,
  in: "query",
  schema: { type: "string" },
  "x-selector": selector,
});

describe("list selectors", () => {
  const list = (parameters: object[]) => findOperation(listOperations(tinyDoc(parameters)), "list");

  it("group the x-selector parameters: all of a required group, any of an optional one", () => {
    const selectors = listSelectors(
      list([
        selectorParameter("folderId", { name: "folderId", required: true }),
        selectorParameter("pair.a", { name: "pair", required: false }),
        selectorParameter("pair.b", { name: "pair", required: false }),
        selectorParameter("policyId", { name: "policyId", required: true, paginated: false }),
        { name: "pageSize", in: "query", schema: { type: "integer" } },
      ]),
    );
    expect(
      selectors.map(({ name, needs, paginated, parameters }) => [name, needs, paginated, parameters.length]),
    ).toEqual([
      ["folderId", "all", true, 1],
      ["pair", "any", true, 2],
      ["policyId", "all", false, 1],
    ]);
  });

  it("refuse marks that contradict each other, naming the selector", () => {
    const mixed = list([
      selectorParameter("pair.a", { name: "pair", required: true }),
      selectorParameter("pair.b", { name: "pair", required: false }),
    ]);
    expect(() => listSelectors(mixed)).toThrow("list's pair selector mixes required and optional parameters");
    const misnamed = list([
      selectorParameter("pair.a", { name: "pair", required: true }),
      selectorParameter("other", { name: "pair", required: true }),
    ]);
    expect(() => listSelectors(misnamed)).toThrow("other is not named pair.<field>");
  });
});

describe("google.rpc codes", () => {
  it("list the spec's table", () => {
    expect(statusCodes(tinyDoc([]))).toEqual(codes);
  });

  it("give a bare status the code of its declared answer's first example, else the one code mapping to it", () => {
    const doc = tinyDoc([], { 409: errorAnswer(10), 500: errorAnswer(13) });
    expect(Object.fromEntries(codeOfHttpStatus(doc))).toEqual({ 400: 3, 404: 5, 409: 10, 500: 13 });
    // 409 and 500 are each shared by two codes: undeclared, they stand for none
    expect(Object.fromEntries(codeOfHttpStatus(tinyDoc([])))).toEqual({ 400: 3, 404: 5 });
  });

  it("refuse declared answers whose first examples disagree", () => {
    const doc = tinyDoc([], { 409: errorAnswer(10) });
    (doc.paths["/operations/{operationId}"].get.responses as Record<string, object>)[409] = errorAnswer(6);
    expect(() => codeOfHttpStatus(doc)).toThrow("the first examples of the 409 answers disagree on their code (10, 6)");
  });
});

describe("regions", () => {
  it("pair each API host with the operations host of the same x-region, the main one first", () => {
    expect(regions(tinyDoc([]))).toEqual([
      { region: "ru", description: "main", api: "https://api.ru", operations: "https://op.ru" },
      { region: "kz", description: undefined, api: "https://api.kz", operations: "https://op.kz" },
    ]);
  });

  it("name a region with no operations host", () => {
    const doc = tinyDoc([]);
    doc.paths["/operations/{operationId}"].get.servers.pop();
    expect(() => regions(doc)).toThrow("getOperation has no server with x-region kz");
  });
});
