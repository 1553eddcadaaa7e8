// Checks a request against its operation in the spec: path, query and header parameters, and the JSON body.
// Every broken rule is collected, so that one 400 names every field at fault.
import type { SpecParameter } from "../spec/bundled-spec.js";
import { requestValidator } from "../spec/request-validator.js";
import { type FieldViolation, fieldViolations } from "./field-violations.js";
import type { Route } from "./router.js";
import { ApiError, invalidArgument } from "./api-error.js";
import type { EmulatorRequest } from "./exchange.js";
import { LIMITS } from "./limits.js";

export interface ValidatedRequest {
  path: Record<string, string>;
  /** Query parameters by their wire names (`archive.archiveId`), numbers already numbers. */
  query: Record<string, string | number | boolean>;
  headers: Record<string, string>;
  body: unknown;
}

/** A query value as its schema's type: integers arrive as digits, booleans as `true` or `false`. */
function fromQueryText(parameter: SpecParameter, text: string): { value: unknown } | { violation: string } {
  if (parameter.schema.type === "boolean") {
    return text === "true" || text === "false"
      ? { value: text === "true" }
      : { violation: `must be true or false, got ${JSON.stringify(text)}` };
  }
  if (parameter.schema.type !== "integer") return { value: text };
  return /^-?\d+$/.test(text)
    ? { value: Number(text) }
    : { violation: `must be an integer, got ${JSON.stringify(text)}` };
}

/** An operation's parameters by where they go, and its query names: read from the spec once per operation. */
interface DeclaredParameters {
  path: SpecParameter[];
  query: SpecParameter[];
  header: SpecParameter[];
  queryNames: ReadonlySet<string>;
}

const declaredByOperation = new WeakMap<Route["operation"], DeclaredParameters>();

function declaredParameters(operation: Route["operation"]): DeclaredParameters {
  let declared = declaredByOperation.get(operation);
  if (!declared) {
    const where = (location: string) => operation.parameters.filter((parameter) => parameter.in === location);
    const query = where("query");
    declared = {
      path: where("path"),
      query,
      header: where("header"),
      queryNames: new Set(query.map((parameter) => parameter.name)),
    };
    declaredByOperation.set(operation, declared);
  }
  return declared;
}

function checkValue(parameter: SpecParameter, value: unknown): FieldViolation[] {
  const validate = requestValidator(parameter.schemaPointer);
  return validate(value) ? [] : fieldViolations(validate.errors ?? [], value, parameter.name);
}

function readQuery(route: Route, url: URL, violations: FieldViolation[]): ValidatedRequest["query"] {
  const { query: declared, queryNames: known } = declaredParameters(route.operation);
  const unknown = new Set<string>();
  for (const name of url.searchParams.keys()) if (!known.has(name)) unknown.add(name);
  for (const name of unknown) {
    const knownList = [...known].join(", ") || "none";
    violations.push({
      field: name,
      description: `is not a query parameter of ${route.operation.operationId} (known: ${knownList})`,
    });
  }
  const query: ValidatedRequest["query"] = {};
  for (const parameter of declared) {
    // proto3: an empty value is the field's default, the same as not sending it.
    const texts = url.searchParams.getAll(parameter.name).filter((text) => text !== "");
    if (texts.length > 1) {
      violations.push({ field: parameter.name, description: `was given ${texts.length} times; give it once` });
      continue;
    }
    const text = texts[0];
    if (text === undefined) {
      if (parameter.required) violations.push({ field: parameter.name, description: "is required" });
      continue;
    }
    const converted = fromQueryText(parameter, text);
    if ("violation" in converted) {
      violations.push({ field: parameter.name, description: converted.violation });
      continue;
    }
    const found = checkValue(parameter, converted.value);
    violations.push(...found);
    if (found.length === 0) query[parameter.name] = converted.value as string | number | boolean;
  }
  return query;
}

function readPath(route: Route, violations: FieldViolation[]): ValidatedRequest["path"] {
  for (const parameter of declaredParameters(route.operation).path) {
    violations.push(...checkValue(parameter, route.pathParameters[parameter.name]));
  }
  return route.pathParameters;
}

function readHeaders(
  route: Route,
  headers: EmulatorRequest["headers"],
  violations: FieldViolation[],
): ValidatedRequest["headers"] {
  const values: ValidatedRequest["headers"] = {};
  for (const parameter of declaredParameters(route.operation).header) {
    const value = headers.get(parameter.name);
    if (value === null) {
      if (parameter.required) violations.push({ field: parameter.name, description: "is required" });
      continue;
    }
    const found = checkValue(parameter, value);
    violations.push(...found);
    if (found.length === 0) values[parameter.name.toLowerCase()] = value;
  }
  return values;
}

async function readBody(route: Route, request: EmulatorRequest, violations: FieldViolation[]): Promise<unknown> {
  const { requestBody, requestBodySchemaPointer } = route.operation;
  if (!requestBodySchemaPointer) return undefined;
  const text = await request.text(LIMITS.maxBodyBytes);
  if (text.trim() === "") {
    if (requestBody?.required === true)
      violations.push({ field: "body", description: "is required: send a JSON object" });
    return undefined;
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType.trim())) {
    violations.push({
      field: "Content-Type",
      description: `must be application/json, got ${JSON.stringify(contentType)}`,
    });
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ApiError("INVALID_ARGUMENT", `The request body is not valid JSON: ${(error as Error).message}`, {
      fieldViolations: [{ field: "body", description: "is not valid JSON" }],
    });
  }
  const validate = requestValidator(requestBodySchemaPointer);
  if (!validate(body)) violations.push(...fieldViolations(validate.errors ?? [], body, "", requestBodySchemaPointer));
  return body;
}

export async function validateRequest(route: Route, request: EmulatorRequest, url: URL): Promise<ValidatedRequest> {
  const violations: FieldViolation[] = [];
  const path = readPath(route, violations);
  const query = readQuery(route, url, violations);
  const headers = readHeaders(route, request.headers, violations);
  const body = await readBody(route, request, violations);
  if (violations.length > 0) throw invalidArgument(violations);
  return { path, query, headers, body };
}
