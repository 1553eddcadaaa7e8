// The proto3 JSON text of each stored wire object (a record's Backup, Resource or Task, a Policy), written once
// and reused until the record changes: a page of 100 backups is then 100 texts joined, not 100 objects walked
// for their defaults and serialized again.
//
// A text is right only while its object is unchanged. Every change to a stored record goes through a MemoryStore
// method (src/state/store.ts), the same notes a persistent store writes from; each method that notes a change made
// in place (`backupChanged`, `taskChanged`, `putPolicy`, `putResource`) calls `forgetWireJson` for the wire object,
// so the next read writes the text again. Adding and removing need nothing: an added record is a new object, and a
// removed one can no longer be read (its text goes with it, the map being weak). Only a stored object may be
// cached: a view made for one answer (src/resources/resource-view.ts's BACKUPING copy) is written each time.
import { toProto3JsonText, type WrittenJson } from "../spec/bundled-spec.js";

/**
 * Keyed by the wire object itself: a record dropped from the store drops its text with it. `shown` is what the
 * answer adds that the store does not hold (see `wireJson`), "" when nothing.
 */
const texts = new WeakMap<object, { shown: string | number; text: WrittenJson }>();

/**
 * The proto3 JSON text of a stored wire object of the schema `schemaName`, written on first use. A stored object
 * answered with a value the store does not hold (a resource's `nextBackupTime`, which the scheduler knows) gives
 * that value as `shown.key` and the object to write as `shown.answer()`: the text is written again whenever the
 * value differs from the one it was written with.
 */
export function wireJson(
  wireObject: object,
  schemaName: string,
  shown?: { key: string | number; answer: () => object },
): WrittenJson {
  const key = shown?.key ?? "";
  const kept = texts.get(wireObject);
  if (kept !== undefined && kept.shown === key) return kept.text;
  const text = toProto3JsonText(shown ? shown.answer() : wireObject, schemaName);
  texts.set(wireObject, { shown: key, text });
  return text;
}

/** The object changed (or left the store): its text is written again on the next read. */
export function forgetWireJson(wireObject: object): void {
  texts.delete(wireObject);
}
