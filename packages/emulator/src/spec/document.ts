// The bundled spec, read as plain JSON: routing, validation, status codes and proto3 defaults all come from it.
import { document as bundledDocument } from "@backup-api/spec";

export type JsonObject = { [key: string]: unknown };

export const document = bundledDocument as unknown as JsonObject;

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** Follows a local `#/…` `$ref` (repeatedly) to the object it names. */
export function resolveRef(node: unknown): JsonObject {
  let current = node as JsonObject;
  for (let hops = 0; typeof current?.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`spec: $ref cycle at ${String(current.$ref)}`);
    current = pointerGet(String(current.$ref));
  }
  return current;
}

function pointerGet(ref: string): JsonObject {
  if (!ref.startsWith("#/")) throw new Error(`spec: only local $refs are supported, got ${ref}`);
  let current: unknown = document;
  for (const token of ref.slice(2).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    current = (current as JsonObject | undefined)?.[key];
    if (current === undefined) throw new Error(`spec: $ref ${ref} points at nothing`);
  }
  return current as JsonObject;
}
