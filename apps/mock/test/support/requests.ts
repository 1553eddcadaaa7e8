// Builds a valid request for any operation from the examples the spec gives its parameters and body.
import { deref, operation, type SpecOperation } from "./spec.js";

export interface BuiltRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const AUTH = { authorization: "Bearer t1.test-iam-token" };

// `list` declares every selector optional (OpenAPI cannot say "exactly one"); pick the folder selector.
const LIST_SELECTOR = "folderId";

export function validRequest(
  operationId: string,
  overrides: { query?: Record<string, string | undefined> } = {},
): BuiltRequest {
  const { method, path, operation: op }: SpecOperation = operation(operationId);
  const query = new URLSearchParams();
  let resolvedPath = path;
  for (const ref of (op.parameters ?? []) as object[]) {
    const p = deref<{ name: string; in: string; required?: boolean; example?: unknown }>(ref);
    if (p.in === "path") resolvedPath = resolvedPath.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
    if (p.in === "query" && (p.required || (operationId === "list" && p.name === LIST_SELECTOR))) {
      query.set(p.name, String(p.example));
    }
  }
  for (const [name, value] of Object.entries(overrides.query ?? {})) {
    if (value === undefined) query.delete(name);
    else query.set(name, value);
  }
  const headers: Record<string, string> = { ...AUTH };
  let body: string | undefined;
  const content = op.requestBody ? deref(op.requestBody).content?.["application/json"] : undefined;
  if (content) {
    const [example] = Object.values(content.examples ?? {}) as object[];
    body = JSON.stringify(deref<{ value: unknown }>(example!).value);
    headers["content-type"] = "application/json";
  }
  const qs = query.toString();
  return {
    method: method.toUpperCase(),
    path: qs ? `${resolvedPath}?${qs}` : resolvedPath,
    headers,
    ...(body ? { body } : {}),
  };
}

export async function send(baseUrl: string, request: BuiltRequest, extraHeaders: Record<string, string> = {}) {
  const res = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: { ...request.headers, ...extraHeaders },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
