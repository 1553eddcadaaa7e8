// The bundled spec has exactly the routes and methods of the real service, captured as data in
// test/fixtures/reference-routes.json.
import { describe, expect, it } from 'vitest';
import reference from '../../fixtures/reference-routes.json' with { type: 'json' };
import { HTTP_METHODS, type JsonObject, loadBundle } from '../../src/bundle.js';

const doc = loadBundle() as Record<string, any>;

const specRoutes = Object.entries(doc.paths as Record<string, JsonObject>).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => item[method]).map((method) => ({
    operationId: (item[method] as JsonObject).operationId,
    method,
    path,
    ...(Array.isArray(item.servers) ? { server: (item.servers[0] as JsonObject).url } : {}),
  })),
);

const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

describe('routes ↔ reference sheet', () => {
  it('has exactly the reference routes (method + template), no more, no fewer', () => {
    expect(specRoutes.map(key).sort()).toEqual(reference.routes.map(key).sort());
  });

  it('names each route with the agreed operationId and puts operation polling on its own host', () => {
    const byKey = (routes: typeof specRoutes) => Object.fromEntries(routes.map((r) => [key(r), r]));
    expect(byKey(specRoutes)).toEqual(byKey(reference.routes as typeof specRoutes));
  });

  it('serves the Backup API from the main and the Kazakhstan region', () => {
    expect(doc.servers.map((s: JsonObject) => s.url)).toEqual(reference.servers);
  });

  it('keeps the custom verb inside the last path segment', () => {
    expect(Object.keys(doc.paths)).toContain('/backup/v1/backups/{backupId}:startRecovery');
  });
});
