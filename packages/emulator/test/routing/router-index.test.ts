// The router tries only the templates of the request's method and segment count: it must choose what trying every
// template would (the most literal match of the method; else 405 with every method the path has, or 404).
import { describe, expect, it } from "vitest";
import { createRouter } from "../../src/http/router.js";
import { SPEC_OPERATIONS } from "../../src/spec/bundled-spec.js";

const METHODS = ["GET", "POST", "PATCH", "DELETE", "PUT"];

/** What a scan of every template answers: written independently of the router, from the path templates. */
function scanned(method: string, pathname: string) {
  const literalLength = (path: string) => path.replace(/\{[^}]+\}/g, "").length;
  const pattern = (path: string) =>
    new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
  const matching = SPEC_OPERATIONS.filter((operation) => pattern(operation.path).test(pathname)).sort(
    (a, b) => literalLength(b.path) - literalLength(a.path),
  );
  const chosen = matching.find((operation) => operation.method.toUpperCase() === method);
  if (chosen) return { kind: "found", operationId: chosen.operationId };
  if (matching.length === 0) return { kind: "not-found" };
  return {
    kind: "method-not-allowed",
    allowed: [...new Set(matching.map((operation) => operation.method.toUpperCase()))],
  };
}

function routed(method: string, pathname: string) {
  const match = createRouter(SPEC_OPERATIONS)(method, pathname);
  return match.kind === "found" ? { kind: "found", operationId: match.route.operation.operationId } : match;
}

// Every template with its parameters filled in two ways (a plain id, and words that are other templates' literals),
// and paths that are near misses of them.
const paths = [
  ...new Set(
    SPEC_OPERATIONS.flatMap(({ path }) => [
      path.replace(/\{[^}]+\}/g, "x1"),
      path.replace(/\{[^}]+\}/g, "files"),
      path.replace(/\{[^}]+\}/g, "archives"),
      `${path.replace(/\{[^}]+\}/g, "x1")}/extra`,
      path.replace(/\{[^}]+\}/g, "x1").replace(/\/[^/]+$/, ""),
    ]),
  ),
  "/",
  "/backup/v1",
  "/backup/v1/backupz",
];

describe("the router's index by method and segment count", () => {
  it("answers every method on every path as a scan of every template does", () => {
    for (const pathname of paths) {
      for (const method of METHODS)
        expect(routed(method, pathname), `${method} ${pathname}`).toEqual(scanned(method, pathname));
    }
  });

  it("decodes path parameters, and names one that is not valid percent-encoding", () => {
    const router = createRouter(SPEC_OPERATIONS);
    const match = router("GET", "/backup/v1/backups/a%20b");
    expect(match.kind === "found" && match.route.pathParameters).toEqual({ backupId: "a b" });
    expect(router("GET", "/backup/v1/backups/%E0%A4%A")).toEqual({
      kind: "bad-encoding",
      parameter: "backupId",
      value: "%E0%A4%A",
    });
  });
});
