// JSON pointers and local `$ref`s of the bundle (redocly bundles every `$ref` into `#/components/...`).
import type { SpecNode } from "./document.js";

/** A key as one token of a JSON pointer (`/` and `~` escaped). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The node a JSON pointer (`/components/schemas/Backup`) names; throws naming the pointer when there is none. */
export function resolvePointer(doc: SpecNode, pointer: string): SpecNode {
  let node: unknown = doc;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in node)) {
      throw new Error(`spec: the pointer ${pointer} does not resolve (no ${JSON.stringify(key)})`);
    }
    node = (node as SpecNode)[key];
  }
  return node as SpecNode;
}

/** A node with its `$ref`s followed, and the pointer where it lives. */
export interface Resolved {
  node: SpecNode;
  pointer: string;
}

/** Follows a chain of local `$ref`s from `node` (found at `pointer`) to the node they name. */
export function resolveRefAt(doc: SpecNode, node: SpecNode, pointer: string): Resolved {
  let current = node;
  let at = pointer;
  const seen = new Set<string>();
  while (current !== null && typeof current === "object" && typeof current.$ref === "string") {
    const ref: string = current.$ref;
    if (!ref.startsWith("#/"))
      throw new Error(`spec: only local $refs are expected in the bundle, got ${ref} at ${at}`);
    if (seen.has(ref)) throw new Error(`spec: $ref cycle through ${ref}`);
    seen.add(ref);
    at = ref.slice(1);
    current = resolvePointer(doc, at);
  }
  return { node: current, pointer: at };
}

/** `node` with its `$ref`s followed. */
export function resolveRef(doc: SpecNode, node: SpecNode): SpecNode {
  return resolveRefAt(doc, node, "").node;
}
