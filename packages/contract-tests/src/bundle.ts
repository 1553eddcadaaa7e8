// The bundled document under test, as published by @backup-api/spec (turbo builds it before the tests run).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

export const bundlePath = createRequire(import.meta.url).resolve('@backup-api/spec/openapi.json');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A fresh, mutable copy of the bundle (tests may edit it to prove a check can fail). */
export function loadBundle(): JsonObject {
  return JSON.parse(readFileSync(bundlePath, 'utf8')) as JsonObject;
}

/** Follows a local `$ref` (`#/components/...`) chain; returns the node and the JSON pointer it lives at. */
export function deref(doc: JsonObject, node: Json, pointer: string): { node: Json; pointer: string } {
  let current = node;
  let at = pointer;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && !Array.isArray(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are expected in the bundle, got ${ref} at ${at}`);
    if (seen.has(ref)) throw new Error(`$ref cycle through ${ref}`);
    seen.add(ref);
    at = ref.slice(1);
    current = resolvePointer(doc, at);
  }
  return { node: current, pointer: at };
}

export function resolvePointer(doc: Json, pointer: string): Json {
  let node: Json = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in node)) throw new Error(`Pointer ${pointer} does not resolve (at ${key})`);
    node = (node as Record<string, Json>)[key] as Json;
  }
  return node;
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
