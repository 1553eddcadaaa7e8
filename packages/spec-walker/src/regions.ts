// Each region is a whole installation with its own API host and operations host: the document's `servers` name
// the API hosts, getOperation's `servers` the operations hosts, each marked with its `x-region`.
import type { SpecNode } from "./document.js";
import { findOperation, listOperations, readServers, type SpecServer } from "./operations.js";

/** The operation whose servers are the operations hosts (`GET /operations/{operationId}`). */
export const OPERATION_POLLING_ID = "getOperation";

export interface Region {
  /** `x-region`: `ru`, `kz`. */
  region: string;
  description: string | undefined;
  /** The API host, e.g. `https://backup.api.cloud.yandex.net`. */
  api: string;
  /** The host its Operations are polled on. */
  operations: string;
}

const regionOf = (server: SpecServer, where: string) => {
  if (!server.region) throw new Error(`spec: the server ${server.url} (${where}) has no x-region`);
  return server.region;
};

/** Every region, the document's first server's (the main one) first. */
export function regions(doc: SpecNode): Region[] {
  const operations = listOperations(doc);
  const polling = findOperation(operations, OPERATION_POLLING_ID);
  const operationsHosts = new Map(
    polling.servers.map((server) => [regionOf(server, OPERATION_POLLING_ID), server.url]),
  );
  const apiServers = readServers(doc.servers);
  if (apiServers.length === 0) throw new Error("spec: the document names no servers");
  return apiServers.map((server) => {
    const region = regionOf(server, "servers");
    const operationsHost = operationsHosts.get(region);
    if (!operationsHost) throw new Error(`spec: ${OPERATION_POLLING_ID} has no server with x-region ${region}`);
    return { region, description: server.description, api: server.url, operations: operationsHost };
  });
}
