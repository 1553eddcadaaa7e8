// The bundled spec, read independently of Prism: the tests judge Prism's answers against it.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { bundledSpecPath } from "../../src/index.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const spec: Json = JSON.parse(readFileSync(bundledSpecPath(), "utf8"));
const SPEC_ID = "https://backup-api.local/openapi.json";

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  operation: Json;
}

export const operations: SpecOperation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json)
    .filter(([, op]) => typeof op === "object" && op !== null && "operationId" in op)
    .map(([method, op]) => ({ operationId: (op as Json).operationId as string, method, path, operation: op as Json })),
);

export function operation(operationId: string): SpecOperation {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the spec`);
  return found;
}

/** Follows one local `$ref` (`#/components/...`) if the node is one. */
export function deref<T = Json>(node: Json): T {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .reduce<Json>((acc, key) => acc[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return current as T;
}

/** `{ exampleName: value }` of one operation's response for one status. */
export function responseExamples(operationId: string, status: number | string): Record<string, unknown> {
  const response = deref(operation(operationId).operation.responses[String(status)]);
  const examples = (response.content?.["application/json"]?.examples ?? {}) as Json;
  return Object.fromEntries(Object.entries(examples).map(([name, ex]) => [name, deref(ex as Json).value]));
}

// OpenAPI 3.1 schemas are JSON Schema 2020-12; `example` and friends are annotations ajv must tolerate.
// ajv-formats is CommonJS: under NodeNext its default import is the module object, whose `default` is the plugin.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, SPEC_ID);

/** Validates a body against the JSON schema the spec declares for `operationId` answering `status`. */
export function validateResponse(operationId: string, status: number, body: unknown): string[] {
  const { path, method } = operation(operationId);
  const responseRef = operation(operationId).operation.responses[String(status)];
  const pointer = responseRef.$ref
    ? `${responseRef.$ref}/content/application~1json/schema`
    : `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(`${SPEC_ID}${pointer}`);
  if (!validate) throw new Error(`No schema at ${pointer}`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
