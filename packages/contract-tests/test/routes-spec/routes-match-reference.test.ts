// The bundled spec has exactly the routes, methods and hosts of the real service, captured as data in
// fixtures/reference-routes.json.
import { describe, expect, it } from "vitest";
import reference from "../../fixtures/reference-routes.json" with { type: "json" };
import { findOperation, listOperations, loadBundle, type SpecServer } from "@backup-api/spec-walker/node";

const doc = loadBundle();
const operations = listOperations(doc);
const documentServers: SpecServer[] = doc.servers.map((server: { url: string; "x-region"?: string }) => ({
  url: server.url,
  region: server["x-region"],
}));
const urls = (servers: { url: string }[]) => servers.map((server) => server.url);

// A route names its servers only when they are not the document's (the Backup API hosts).
const specRoutes = operations.map((op) => ({
  operationId: op.operationId,
  method: op.method,
  path: op.path,
  ...(urls(op.servers).join() === urls(documentServers).join() ? {} : { servers: urls(op.servers) }),
}));

const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
const regions = Object.entries(reference.regions);

describe("routes ↔ reference sheet", () => {
  it("has exactly the reference routes (method + template), no more, no fewer", () => {
    expect(specRoutes.map(key).sort()).toEqual(reference.routes.map(key).sort());
  });

  it("names each route with the agreed operationId and puts operation polling on its own hosts", () => {
    const byKey = (routes: { method: string; path: string }[]) => Object.fromEntries(routes.map((r) => [key(r), r]));
    expect(byKey(specRoutes)).toEqual(byKey(reference.routes));
  });

  it("serves the Backup API from the main and the Kazakhstan region, each marked with its x-region", () => {
    expect(documentServers.map((server) => [server.region, server.url])).toEqual(
      regions.map(([region, hosts]) => [region, hosts.api]),
    );
  });

  it("polls each region’s operations on that region’s own operations host (kz is a whole installation)", () => {
    const polling = findOperation(operations, "getOperation");
    expect(polling.servers.map((server) => [server.region, server.url])).toEqual(
      regions.map(([region, hosts]) => [region, hosts.operations]),
    );
    for (const server of polling.servers) expect(server.description, server.url).toMatch(/region/i);
  });

  it("keeps the custom verb inside the last path segment", () => {
    expect(Object.keys(doc.paths)).toContain("/backup/v1/backups/{backupId}:startRecovery");
  });
});
