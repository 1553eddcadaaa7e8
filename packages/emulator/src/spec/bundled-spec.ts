// The emulator's view of the bundled spec. Every fact it derives from the spec (operations and their routes,
// validators, proto3 defaults, list selectors, hosts) is read here through @backup-api/spec-walker, the repo's one
// reader of the spec, which the build bundles into the emulator's core (it has no Node built-ins).
import { document } from "@backup-api/spec";
import {
  createProto3Writer,
  findOperation,
  type ListSelector,
  listOperations,
  listSelectors,
  type SpecNode,
  type SpecOperation as WalkedOperation,
  type WrittenJson,
} from "@backup-api/spec-walker";
import type { OperationId } from "@backup-api/types";

export type { SpecParameter, WrittenJson } from "@backup-api/spec-walker";

export const SPEC = document as unknown as SpecNode;

/** An operation of the spec, its id typed as one of the spec's. */
export interface SpecOperation extends WalkedOperation {
  operationId: OperationId;
}

/** Every operation of the spec, in document order. */
export const SPEC_OPERATIONS = listOperations(SPEC) as readonly SpecOperation[];

export function specOperation(operationId: OperationId): SpecOperation {
  return findOperation(SPEC_OPERATIONS, operationId) as SpecOperation;
}

/** Every host the spec names, API and operations alike: where the MSW handlers listen by default. */
export const SPEC_SERVER_URLS: readonly string[] = [
  ...new Set(SPEC_OPERATIONS.flatMap((operation) => operation.servers.map((server) => server.url))),
];

/** The selectors of `list` (`x-selector`): exactly one per call. */
export const LIST_SELECTORS: readonly ListSelector[] = listSelectors(specOperation("list"));

const proto3Writer = createProto3Writer(SPEC);

/** `value` as the service sends it: the defaults of the schema `#/components/schemas/<schemaName>` left out. */
export function toProto3Json<T>(value: T, schemaName: string): T {
  return proto3Writer.write(value, schemaName);
}

/**
 * `value` as the JSON text the service sends, defaults left out. Texts made before (src/state/wire-json-cache.ts)
 * may stand anywhere in `value`: they go in as they are.
 */
export function toProto3JsonText(value: unknown, schemaName: string): WrittenJson {
  return proto3Writer.writeJson(value, schemaName);
}
