// The curl sample of one operation, generated from the spec: its server, the examples of its path and required
// query parameters, its request body example, and the headers a real call needs.
import { resolveRef } from "@backup-api/spec-walker";

/**
 * Query parameters worth showing although the spec marks them optional: a selector the service needs one of
 * (list's and listPolicies' folderId), or the paging and options the operation's TypeScript sample uses.
 */
const SHOWN_OPTIONAL_QUERY = {
  list: ["folderId", "pageSize"],
  listFiles: [],
  listArchives: ["folderId"],
  // "either should be set": folderId or computeInstanceId; without one the service answers INVALID_ARGUMENT
  listPolicies: ["folderId"],
  // not folderId or computeInstanceId: either would replace the path's policyId (see the operation)
  listPolicyApplications: ["showProcessing"],
  listResources: ["pageSize"],
  listResourceTasks: ["pageSize"],
};

/** @param {string} value */
function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * @param {import("@backup-api/spec-walker").SpecOperation} op
 * @param {import("@backup-api/spec-walker").SpecNode} doc
 * @returns {string}
 */
export function curlSample(doc, op) {
  const server = op.servers[0]?.url;
  if (!server) throw new Error(`${op.operationId}: no server URL to put in the curl sample`);
  const shown = /** @type {Record<string, string[]>} */ (SHOWN_OPTIONAL_QUERY)[op.operationId] ?? [];
  let path = op.path;
  const query = new URLSearchParams();
  const headers = ['-H "Authorization: Bearer ${IAM_TOKEN}"'];
  for (const parameter of op.parameters) {
    const example = parameter.example;
    if (parameter.in === "path") {
      if (example === undefined) throw new Error(`${op.operationId}: path parameter ${parameter.name} has no example`);
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(example)));
    } else if (parameter.in === "query" && (parameter.required || shown.includes(parameter.name))) {
      if (example === undefined) throw new Error(`${op.operationId}: query parameter ${parameter.name} has no example`);
      query.set(parameter.name, String(example));
    } else if (parameter.in === "header" && parameter.name.toLowerCase() === "idempotency-key") {
      // The spec's example key, not `$(uuidgen)`: the sample then runs on any machine (uuidgen is not
      // everywhere). The introduction says to send a fresh UUID for each new piece of work.
      if (example === undefined) throw new Error(`${op.operationId}: header ${parameter.name} has no example`);
      headers.push(`-H "Idempotency-Key: ${example}"`);
    }
  }
  const lines = [`curl -X ${op.method.toUpperCase()} ${shellQuote(server + path + (query.size ? `?${query}` : ""))}`];
  lines.push(...headers);
  const body = op.requestBody?.content?.["application/json"];
  if (body) {
    const [example] = Object.values(body.examples ?? {});
    if (!example) throw new Error(`${op.operationId}: request body has no example for the curl sample`);
    lines.push(
      '-H "Content-Type: application/json"',
      `-d ${shellQuote(JSON.stringify(resolveRef(doc, example).value))}`,
    );
  }
  return lines.join(" \\\n  ");
}
