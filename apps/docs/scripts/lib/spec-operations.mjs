// Walks a bundled OpenAPI document: its operations and their parameters, with local $refs followed.

/** @typedef {{ operationId: string, method: string, path: string, operation: any, servers: any[] }} Operation */

/** @param {any} doc @param {any} node */
export function deref(doc, node) {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((/** @type {any} */ acc, /** @type {string} */ key) => acc[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** @param {any} doc @returns {Operation[]} */
export function listOperations(doc) {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({
      operationId: item[method].operationId,
      method,
      path,
      operation: item[method],
      servers: item[method].servers ?? item.servers ?? doc.servers ?? [],
    })),
  );
}
