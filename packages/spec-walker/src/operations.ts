// The operations of the bundle, each with its route, resolved parameters and servers. Nothing here names an
// operation: one the spec gains shows up by itself in every tool that lists them.
import type { SpecNode } from "./document.js";
import { escapePointer, resolveRef, resolveRefAt } from "./pointers.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** A server of the document or of one path. */
export interface SpecServer {
  url: string;
  description: string | undefined;
  /** `x-region`: the installation the server belongs to (`ru`, `kz`). */
  region: string | undefined;
}

/** `x-selector` of a `list` selector (spec/components/parameters/README.md). */
export interface SpecSelector {
  name: string;
  required: boolean;
  paginated?: boolean;
}

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description: string | undefined;
  example: unknown;
  schema: SpecNode;
  /** JSON pointer of the parameter (its component when it is a `$ref`). */
  pointer: string;
  /** JSON pointer of the parameter's schema, for a validator. */
  schemaPointer: string;
  selector: SpecSelector | undefined;
}

export interface SpecOperation {
  operationId: string;
  /** Lower case, as in the document: `get`, `post`, … */
  method: (typeof HTTP_METHODS)[number];
  /** The path template, e.g. `/backup/v1/backups/{backupId}:startRecovery`. */
  path: string;
  /** JSON pointer of the operation object. */
  pointer: string;
  /** The operation object itself, as in the document. */
  operation: SpecNode;
  parameters: SpecParameter[];
  /** The request body with its `$ref` followed, when the operation takes one. */
  requestBody: SpecNode | undefined;
  /** JSON pointer of the request body's JSON schema, when the operation takes one. */
  requestBodySchemaPointer: string | undefined;
  /** Every declared response status, e.g. `['200', '400', …]`. */
  responseStatuses: string[];
  /** The servers it is served from: its own (or its path's), else the document's. */
  servers: SpecServer[];
}

/** The servers of a `servers` list, with their `x-region`. */
export function readServers(servers: unknown): SpecServer[] {
  return ((servers as SpecNode[] | undefined) ?? []).map((server) => ({
    url: String(server.url),
    description: server.description,
    region: server["x-region"],
  }));
}

function readParameters(doc: SpecNode, owner: SpecNode, ownerPointer: string): SpecParameter[] {
  return ((owner.parameters as SpecNode[] | undefined) ?? []).map((reference, index) => {
    const { node, pointer } = resolveRefAt(doc, reference, `${ownerPointer}/parameters/${index}`);
    return {
      name: String(node.name),
      in: node.in,
      required: node.required === true,
      description: node.description,
      example: node.example,
      schema: resolveRef(doc, node.schema ?? {}),
      pointer,
      schemaPointer: `${pointer}/schema`,
      selector: node["x-selector"],
    };
  });
}

/** Every operation of the document, in document order. */
export function listOperations(doc: SpecNode): SpecOperation[] {
  const documentServers = readServers(doc.servers);
  return Object.entries((doc.paths ?? {}) as SpecNode).flatMap(([path, pathItem]: [string, SpecNode]) => {
    const pathPointer = `/paths/${escapePointer(path)}`;
    return HTTP_METHODS.filter((method) => pathItem[method]).map((method): SpecOperation => {
      const operation: SpecNode = pathItem[method];
      const pointer = `${pathPointer}/${method}`;
      const ownServers = readServers(operation.servers ?? pathItem.servers);
      const requestBody = operation.requestBody
        ? resolveRefAt(doc, operation.requestBody, `${pointer}/requestBody`)
        : undefined;
      return {
        operationId: operation.operationId,
        method,
        path,
        pointer,
        operation,
        parameters: [...readParameters(doc, pathItem, pathPointer), ...readParameters(doc, operation, pointer)],
        requestBody: requestBody?.node,
        requestBodySchemaPointer: requestBody && `${requestBody.pointer}/content/application~1json/schema`,
        responseStatuses: Object.keys(operation.responses ?? {}),
        servers: ownServers.length > 0 ? ownServers : documentServers,
      };
    });
  });
}

/** The operation with this operationId; throws naming it when the spec has none. */
export function findOperation(operations: readonly SpecOperation[], operationId: string): SpecOperation {
  const found = operations.find((operation) => operation.operationId === operationId);
  if (!found)
    throw new Error(
      `spec: no operation ${operationId} (the spec has ${operations.map((o) => o.operationId).join(", ")})`,
    );
  return found;
}

/** The pointer of every schema a request is checked against: each parameter's, and each JSON body's. */
export function requestSchemaPointers(operations: readonly SpecOperation[]): string[] {
  return operations.flatMap((operation) => [
    ...operation.parameters.map((parameter) => parameter.schemaPointer),
    ...(operation.requestBodySchemaPointer ? [operation.requestBodySchemaPointer] : []),
  ]);
}
