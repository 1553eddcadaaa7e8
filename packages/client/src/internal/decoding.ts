// The service speaks proto3 JSON, which leaves a scalar or list field at its default value out of an answer.
// The client fills those defaults back in, at every depth, from a table generated from the spec; message-typed
// fields (timestamps, objects, Any) have presence and are left absent.
import type { MessageDefaults, ResponseDefaults } from "../generated/proto3-defaults.js";
import type { DecodedResponse } from "@backup-api/types/decoded";
import type { OperationId } from "@backup-api/types";

/** A JSON object: an object that is neither null nor an array. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Fills, in place, the defaults the server left out of `value`, a message of the spec described by `defaults`. In place because the
 * value was just parsed from the answer and nothing else holds it. A value of the wrong shape is left as it is.
 */
export function fillDefaults(value: unknown, defaults: MessageDefaults): void {
  if (!isJsonObject(value)) return;
  const typed = defaults.byType?.[String(value["@type"])];
  if (typed) return fillDefaults(value, typed);
  if (defaults.extends) fillDefaults(value, defaults.extends);
  for (const [field, defaultValue] of Object.entries(defaults.scalars ?? {})) value[field] ??= defaultValue;
  for (const [field, itemMessage] of Object.entries(defaults.lists ?? {})) {
    const list = (value[field] ??= []);
    if (itemMessage && Array.isArray(list)) for (const item of list) fillDefaults(item, itemMessage);
  }
  for (const [field, fieldMessage] of Object.entries(defaults.messages ?? {})) fillDefaults(value[field], fieldMessage);
}

/**
 * The parsed 200 body of an operation, with the defaults of its answer (`responseOfGet`) filled in: the
 * decoded type the spec generates.
 */
export function decodeResponse<K extends OperationId>(defaults: ResponseDefaults<K>, body: object): DecodedResponse<K> {
  fillDefaults(body, defaults);
  // the table and the type are generated from the same spec: once filled, the body is the decoded type
  return body as DecodedResponse<K>;
}
