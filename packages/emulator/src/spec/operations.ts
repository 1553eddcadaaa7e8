// The operations of the spec, each with its route, parameters and body schema: what the router and the request
// validator are built from. Nothing here names an operation; a new one in the spec shows up here by itself.
import type { OperationId } from "@backup-api/types";
import { document, HTTP_METHODS, resolveRef, type JsonObject } from "./document.js";

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: JsonObject;
  /** JSON pointer of the schema in the bundle, for the validator. */
  schemaPointer: string;
  /** `x-selector` of a `list` selector parameter (see spec/components/parameters/README.md). */
  selector: { name: string; required: boolean; paginated?: boolean } | undefined;
}

export interface SpecOperation {
  operationId: OperationId;
  method: string;
  /** The path template, e.g. `/backup/v1/backups/{backupId}:startRecovery`. */
  path: string;
  parameters: SpecParameter[];
  /** JSON pointer of the request body's JSON schema, when the operation takes one. */
  bodySchemaPointer: string | undefined;
  bodyRequired: boolean;
  /** JSON pointer of the 200 response's schema. */
  responseSchemaPointer: string;
  /** The servers the operation is served from (its own, else the document's). */
  servers: string[];
}

const escapePointer = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");

function readParameters(pathItem: JsonObject, operation: JsonObject, pathPointer: string, operationPointer: string) {
  const declaredAt = (owner: JsonObject, ownerPointer: string) =>
    ((owner.parameters as JsonObject[] | undefined) ?? []).map((reference, index) => ({
      reference,
      pointer: typeof reference.$ref === "string" ? reference.$ref.slice(1) : `${ownerPointer}/parameters/${index}`,
    }));
  const declared = [...declaredAt(pathItem, pathPointer), ...declaredAt(operation, operationPointer)];
  return declared.map(({ reference, pointer }): SpecParameter => {
    const parameter = resolveRef(reference);
    return {
      name: String(parameter.name),
      in: parameter.in as SpecParameter["in"],
      required: parameter.required === true,
      schema: resolveRef(parameter.schema),
      schemaPointer: `${pointer}/schema`,
      selector: parameter["x-selector"] as SpecParameter["selector"],
    };
  });
}

function serverUrls(servers: unknown): string[] {
  return ((servers as JsonObject[] | undefined) ?? []).map((server) => String(server.url));
}

function readOperations(): SpecOperation[] {
  const documentServers = serverUrls(document.servers);
  return Object.entries(document.paths as JsonObject).flatMap(([path, item]) => {
    const pathItem = item as JsonObject;
    return HTTP_METHODS.filter((method) => pathItem[method]).map((method) => {
      const operation = pathItem[method] as JsonObject;
      const pathPointer = `/paths/${escapePointer(path)}`;
      const operationPointer = `${pathPointer}/${method}`;
      const body = operation.requestBody ? resolveRef(operation.requestBody) : undefined;
      const ownServers = serverUrls(operation.servers ?? pathItem.servers);
      return {
        operationId: operation.operationId as OperationId,
        method: method.toUpperCase(),
        path,
        parameters: readParameters(pathItem, operation, pathPointer, operationPointer),
        bodySchemaPointer: body ? `${operationPointer}/requestBody/content/application~1json/schema` : undefined,
        bodyRequired: body?.required === true,
        responseSchemaPointer: `${operationPointer}/responses/200/content/application~1json/schema`,
        servers: ownServers.length > 0 ? ownServers : documentServers,
      };
    });
  });
}

export const SPEC_OPERATIONS: readonly SpecOperation[] = readOperations();

export function specOperation(operationId: OperationId): SpecOperation {
  const found = SPEC_OPERATIONS.find((operation) => operation.operationId === operationId);
  if (!found) throw new Error(`spec: no operation ${operationId}`);
  return found;
}

/** Every host the spec names, API and operations alike: where the MSW handlers listen by default. */
export const SPEC_SERVER_URLS: readonly string[] = [
  ...new Set(SPEC_OPERATIONS.flatMap((operation) => operation.servers)),
];
