// The curl sample of one operation, generated from the spec: its server, the examples of its path and required
// query parameters, its request body example, and the headers a real call needs.
import { deref } from "./spec-operations.mjs";

/** Query parameters worth showing although the spec marks them optional (e.g. the list selector). */
const SHOWN_OPTIONAL_QUERY = { list: ["folderId", "pageSize"], listFiles: [], listArchives: ["folderId"] };

/** @param {string} value */
function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * @param {any} doc
 * @param {import("./spec-operations.mjs").Operation} op
 * @returns {string}
 */
export function curlSample(doc, op) {
  const server = op.servers[0]?.url;
  if (!server) throw new Error(`${op.operationId}: no server URL to put in the curl sample`);
  const shown = /** @type {Record<string, string[]>} */ (SHOWN_OPTIONAL_QUERY)[op.operationId] ?? [];
  let path = op.path;
  const query = new URLSearchParams();
  const headers = ['-H "Authorization: Bearer ${IAM_TOKEN}"'];
  for (const ref of op.operation.parameters ?? []) {
    const p = deref(doc, ref);
    if (p.in === "path") {
      if (p.example === undefined) throw new Error(`${op.operationId}: path parameter ${p.name} has no example`);
      path = path.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
    } else if (p.in === "query" && (p.required || shown.includes(p.name))) {
      if (p.example === undefined) throw new Error(`${op.operationId}: query parameter ${p.name} has no example`);
      query.set(p.name, String(p.example));
    } else if (p.in === "header" && p.name.toLowerCase() === "idempotency-key") {
      headers.push('-H "Idempotency-Key: $(uuidgen)"');
    }
  }
  const lines = [`curl -X ${op.method.toUpperCase()} ${shellQuote(server + path + (query.size ? `?${query}` : ""))}`];
  lines.push(...headers);
  const body = op.operation.requestBody && deref(doc, op.operation.requestBody).content?.["application/json"];
  if (body) {
    const [example] = Object.values(body.examples ?? {});
    if (!example) throw new Error(`${op.operationId}: request body has no example for the curl sample`);
    lines.push('-H "Content-Type: application/json"', `-d ${shellQuote(JSON.stringify(deref(doc, example).value))}`);
  }
  return lines.join(" \\\n  ");
}
