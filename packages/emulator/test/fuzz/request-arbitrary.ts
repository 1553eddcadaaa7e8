// Requests generated from the spec: every operation, its parameters and body from their schemas and the ids the
// seed really has, so that most reach a handler. Then broken variants, each a good request with one thing
// wrong (as real callers get it wrong), and wild ones with everything random.
import fc from "fast-check";
import { resolveRef } from "@backup-api/spec-walker";
import { NOT_YET_EMULATED } from "../../src/handlers/not-yet-emulated.js";
import {
  LIST_SELECTORS as SELECTORS,
  SPEC,
  SPEC_OPERATIONS,
  type SpecOperation,
  type SpecParameter,
} from "../../src/spec/bundled-spec.js";
import { anyValue, junkText, validValue } from "./schema-arbitraries.js";

/** Printable, so that fast-check shows the shrunk request as it is. */
export interface FuzzRequest {
  method: string;
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: string | undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
// A header carries Latin-1 text only (fetch refuses anything else before the emulator sees it).
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e\x80-\xff]/g, "").trim();
const isIdLike = (parameter: SpecParameter) =>
  parameter.schema.type === "string" &&
  !parameter.schema.enum &&
  parameter.name !== "filter" &&
  parameter.name !== "orderBy";

/** Seeded ids by the name of what they identify (`backupId`, `folderId`…); the name's last dotted part counts. */
export type IdPools = Record<string, readonly string[]>;
type Ids = (name: string) => fc.Arbitrary<string>;

function idsFrom(pools: IdPools): Ids {
  const everything = Object.values(pools).flat();
  return (name) => {
    const pool = pools[name.split(".").at(-1)!] ?? everything;
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...(pool.length > 0 ? pool : everything)) },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
    );
  };
}

function pathFrom(operation: SpecOperation, value: (name: string) => fc.Arbitrary<string>): fc.Arbitrary<string> {
  const pieces = operation.path.split(/(\{[^}]+\})/).map((piece) => {
    const parameter = /^\{([^}]+)\}$/.exec(piece);
    return parameter ? value(parameter[1]!).map(encodeURIComponent) : fc.constant(piece);
  });
  return fc.tuple(...pieces).map((parts) => parts.join(""));
}

/** A fitting value of a query parameter: a seeded id for an id, else one from its schema. */
function queryValue(parameter: SpecParameter, ids: Ids): fc.Arbitrary<string> {
  if (parameter.name === "orderBy") return fc.constantFrom("createdAt desc", "createdAt asc");
  if (parameter.name === "filter")
    return fc
      .date({ min: new Date("2026-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
      .map((date) => `created_at > "${date.toISOString()}"`);
  if (parameter.name === "pageToken") return fc.constant("");
  return isIdLike(parameter) ? ids(parameter.name) : validValue(parameter.schema).map(text);
}

function goodQuery(operation: SpecOperation, ids: Ids): fc.Arbitrary<Array<[string, string]>> {
  const query = operation.parameters.filter((parameter) => parameter.in === "query");
  const plain = query.filter((parameter) => !parameter.selector);
  const plainValues = plain.map((parameter) =>
    parameter.required
      ? queryValue(parameter, ids).map((value) => [[parameter.name, value]] as Array<[string, string]>)
      : fc.option(
          queryValue(parameter, ids).map((value) => [[parameter.name, value]] as Array<[string, string]>),
          { freq: 2 },
        ),
  );
  // `list` takes exactly one selector: pick one (the spec's x-selector groups), with the fields it needs.
  const selector = query.some((parameter) => parameter.selector)
    ? fc
        .constantFrom(...SELECTORS)
        .chain((chosen) =>
          fc.tuple(
            ...chosen.parameters.map((parameter) =>
              ids(parameter.name).map((id) => [parameter.name, id] as [string, string]),
            ),
          ),
        )
    : fc.constant([] as Array<[string, string]>);
  return fc
    .tuple(selector, fc.tuple(...plainValues))
    .map(([selected, rest]) => [
      ...selected,
      ...rest.flatMap((pairs) => pairs ?? []).filter(([, value]) => value !== ""),
    ]);
}

function goodBody(operation: SpecOperation, ids: Ids): fc.Arbitrary<string | undefined> {
  if (!operation.requestBodySchemaPointer) return fc.constant(undefined);
  return ids("computeInstanceId").map((computeInstanceId) => JSON.stringify({ computeInstanceId }));
}

function goodRequest(operation: SpecOperation, ids: Ids): fc.Arbitrary<FuzzRequest> {
  const headerParameters = operation.parameters.filter((parameter) => parameter.in === "header");
  const optionalHeaders = fc.tuple(
    ...headerParameters.map((parameter) =>
      fc.option(
        validValue(parameter.schema).map((value) => [parameter.name, headerSafe(text(value))] as [string, string]),
        { freq: 2 },
      ),
    ),
  );
  return fc
    .record({
      path: pathFrom(operation, ids),
      query: goodQuery(operation, ids),
      extraHeaders: optionalHeaders,
      body: goodBody(operation, ids),
    })
    .map(({ path, query, extraHeaders, body }) => ({
      method: operation.method.toUpperCase(),
      path,
      query,
      headers: {
        authorization: "Bearer fuzz-token",
        ...Object.fromEntries(extraHeaders.filter((pair): pair is [string, string] => pair !== null)),
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      body,
    }));
}

/** One thing wrong with a good request. */
function breakOne(operation: SpecOperation, request: FuzzRequest): fc.Arbitrary<FuzzRequest> {
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === "query");
  const headerParameters = operation.parameters.filter((parameter) => parameter.in === "header");
  const breakages: Array<fc.Arbitrary<FuzzRequest>> = [
    fc
      .constantFrom("", "Bearer", "Basic abc", "bearer x", "Bearer a b", "Bearer \u00ff\u00e9")
      .map((authorization) => ({ ...request, headers: { ...request.headers, authorization } })),
    fc.constant({
      ...request,
      headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== "authorization")),
    }),
    fc.constantFrom("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS").map((method) => ({ ...request, method })),
    fc
      .tuple(fc.constantFrom("folderID", "page_size", "x", "archive.", "__proto__", "constructor"), junkText)
      .map((pair) => ({ ...request, query: [...request.query, pair] })),
    pathFrom(operation, () => fc.oneof(junkText, fc.constantFrom("a/b", "..", "x:startRecovery", "%2F"))).map(
      (path) => ({ ...request, path }),
    ),
  ];
  if (queryParameters.length > 0) {
    breakages.push(
      fc.constantFrom(...queryParameters).chain((parameter) =>
        anyValue(parameter.schema).map((value) => ({
          ...request,
          query: [
            ...request.query.filter(([name]) => name !== parameter.name),
            [parameter.name, text(value)] as [string, string],
          ],
        })),
      ),
      fc.constantFrom(...queryParameters).map((parameter) => ({
        ...request,
        query: [...request.query, [parameter.name, "one"], [parameter.name, "two"]] as Array<[string, string]>,
      })),
      fc.constant({ ...request, query: [] }),
    );
  }
  if (headerParameters.length > 0) {
    breakages.push(
      fc.tuple(fc.constantFrom(...headerParameters), junkText).map(([parameter, junk]) => ({
        ...request,
        headers: { ...request.headers, [parameter.name]: headerSafe(junk) || "x" },
      })),
    );
  }
  if (operation.requestBodySchemaPointer) {
    const schema = resolveRef(SPEC, { $ref: `#${operation.requestBodySchemaPointer}` });
    breakages.push(
      fc
        .oneof(
          junkText,
          fc.constantFrom("{", "[]", "null", '{"computeInstanceId":', "\u0000"),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          anyValue(schema).map(text),
        )
        .map((body) => ({ ...request, body })),
      fc
        .constantFrom("text/plain", "multipart/form-data", "application/xml")
        .map((contentType) => ({ ...request, headers: { ...request.headers, "content-type": contentType } })),
      fc.constant({ ...request, body: undefined }),
    );
  }
  return fc.oneof(...breakages);
}

export function requestArbitrary(pools: IdPools): fc.Arbitrary<FuzzRequest> {
  const knownIds = idsFrom(pools);
  // Good requests go to the operations the emulator runs (one not emulated yet answers every good request with the
  // same 501); broken ones go to every operation, since validation comes first for all of them.
  const emulated = SPEC_OPERATIONS.filter(
    (operation) => !(NOT_YET_EMULATED as readonly string[]).includes(operation.operationId),
  );
  const good = emulated.map((operation) => goodRequest(operation, knownIds));
  const broken = SPEC_OPERATIONS.map((operation) =>
    goodRequest(operation, knownIds).chain((request) => breakOne(operation, request)),
  );
  const wild = fc.record({
    method: fc.constantFrom("GET", "POST", "DELETE", "HEAD"),
    path: fc.oneof(
      fc.constantFrom(
        "/",
        "/backup",
        "/backup/v1",
        "/backup/v1/backups/",
        "/operations",
        "/operations/",
        "//backup/v1/backups",
      ),
      junkText.map((junk) => `/${encodeURIComponent(junk)}`),
    ),
    query: fc.array(fc.tuple(junkText, junkText), { maxLength: 3 }),
    headers: fc.constant({ authorization: "Bearer fuzz-token" } as Record<string, string>),
    body: fc.option(junkText, { nil: undefined }),
  });
  return fc.oneof(
    { weight: 4, arbitrary: fc.oneof(...good) },
    { weight: 5, arbitrary: fc.oneof(...broken) },
    { weight: 1, arbitrary: wild },
  );
}

export function toRequest(fuzz: FuzzRequest): Request {
  const url = new URL(`http://emulator.fuzz${fuzz.path.startsWith("/") ? "" : "/"}${fuzz.path}`);
  for (const [name, value] of fuzz.query) url.searchParams.append(name, value);
  const hasBody = fuzz.body !== undefined && fuzz.method !== "GET" && fuzz.method !== "HEAD";
  return new Request(url, { method: fuzz.method, headers: fuzz.headers, ...(hasBody && { body: fuzz.body }) });
}
