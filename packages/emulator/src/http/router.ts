// Matches a request's method and path to an operation of the spec. Hosts are ignored: the emulator serves the
// API hosts and the operations host on one origin.
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

export function createRouter(operations: readonly SpecOperation[]) {
  const templates = operations.map(compileTemplate).sort((a, b) => b.literalLength - a.literalLength);

  return function match(method: string, pathname: string): RouteMatch {
    const candidates = templates
      .map((template) => ({ template, groups: template.pattern.exec(pathname) }))
      .filter((candidate) => candidate.groups !== null);
    if (candidates.length === 0) return { kind: "not-found" };
    const chosen = candidates.find((candidate) => candidate.template.method === method);
    if (!chosen) {
      return { kind: "method-not-allowed", allowed: [...new Set(candidates.map((c) => c.template.method))] };
    }
    const pathParameters: Record<string, string> = {};
    for (const [index, name] of chosen.template.parameterNames.entries()) {
      const raw = chosen.groups![index + 1]!;
      try {
        pathParameters[name] = decodeURIComponent(raw);
      } catch {
        return { kind: "bad-encoding", parameter: name, value: raw };
      }
    }
    return { kind: "found", route: { operation: chosen.template.operation, pathParameters } };
  };
}
