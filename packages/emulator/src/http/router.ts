// Matches a request's method and path to an operation of the spec (spec-walker's operations, by their path
// templates). Hosts are ignored: the emulator serves the API hosts and the operations host on one origin.
import type { SpecOperation } from "../spec/bundled-spec.js";

export interface Route {
  operation: SpecOperation;
  /** Path parameters, percent-decoded. */
  pathParameters: Record<string, string>;
}

export type RouteMatch =
  | { kind: "found"; route: Route }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" }
  | { kind: "bad-encoding"; parameter: string; value: string };

interface CompiledTemplate {
  operation: SpecOperation;
  /** The HTTP method in upper case, as requests carry it (the spec writes it in lower case). */
  method: string;
  pattern: RegExp;
  parameterNames: string[];
  /** Characters that are not parameters: with two templates matching, the more literal one is meant. */
  literalLength: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileTemplate(operation: SpecOperation): CompiledTemplate {
  const parameterNames: string[] = [];
  // A parameter spans one segment at most; a custom verb (`{backupId}:startRecovery`) is literal text after it.
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const parameter = /^\{([^}]+)\}$/.exec(piece);
      if (!parameter) return escapeRegExp(piece);
      parameterNames.push(parameter[1]!);
      return "([^/]+)";
    })
    .join("");
  return {
    operation,
    method: operation.method.toUpperCase(),
    pattern: new RegExp(`^${source}$`),
    parameterNames,
    literalLength: operation.path.replace(/\{[^}]+\}/g, "").length,
  };
}

/** The number of `/` in a path: a template matches only paths with as many (a parameter spans one segment). */
function slashCount(path: string): number {
  let slashes = 0;
  for (let position = path.indexOf("/"); position !== -1; position = path.indexOf("/", position + 1)) slashes++;
  return slashes;
}

export function createRouter(operations: readonly SpecOperation[]) {
  const templates = operations.map(compileTemplate).sort((a, b) => b.literalLength - a.literalLength);
  // A request tries only the few templates of its method and segment count, most literal first; the full scan
  // is left to the answers that are errors (404, 405), which need every template the path matches.
  // By method, then by number of `/`: no key string is built for a request.
  const index = new Map<string, Map<number, CompiledTemplate[]>>();
  for (const template of templates) {
    const byMethod = index.get(template.method) ?? new Map<number, CompiledTemplate[]>();
    index.set(template.method, byMethod);
    const slashes = slashCount(template.operation.path);
    const bucket = byMethod.get(slashes);
    if (bucket) bucket.push(template);
    else byMethod.set(slashes, [template]);
  }

  const found = (template: CompiledTemplate, groups: RegExpExecArray): RouteMatch => {
    const pathParameters: Record<string, string> = {};
    for (const [position, name] of template.parameterNames.entries()) {
      const raw = groups[position + 1]!;
      if (!raw.includes("%")) {
        pathParameters[name] = raw;
        continue;
      }
      try {
        pathParameters[name] = decodeURIComponent(raw);
      } catch {
        return { kind: "bad-encoding", parameter: name, value: raw };
      }
    }
    return { kind: "found", route: { operation: template.operation, pathParameters } };
  };

  return function match(method: string, pathname: string): RouteMatch {
    for (const template of index.get(method)?.get(slashCount(pathname)) ?? []) {
      const groups = template.pattern.exec(pathname);
      if (groups) return found(template, groups);
    }
    const allowed = templates.filter((template) => template.pattern.test(pathname)).map((template) => template.method);
    if (allowed.length === 0) return { kind: "not-found" };
    return { kind: "method-not-allowed", allowed: [...new Set(allowed)] };
  };
}
