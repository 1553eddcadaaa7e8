// Validates values against the bundled spec's schemas independently of the emulator's own validator: the bundle
// is read from its file and checked by a validator of its own (@backup-api/spec-walker), so the seed is judged by
// the contract, not by the code that serves it.
import { createValidator, loadBundle, messageProperties, resolveRefAt } from "@backup-api/spec-walker/node";

const doc = loadBundle();
const validator = createValidator(doc);
const schemaPointer = (name: string) => `/components/schemas/${name}`;

/** The errors of `value` against the schema, as readable text; `[]` when it is valid. */
export function schemaErrors(name: string, value: unknown): string[] {
  return validator.errorsAt(schemaPointer(name), value);
}

/** The property names a schema declares, to check that a `Required<…>` object sets every one of them. */
export function schemaProperties(name: string): string[] {
  const schema = resolveRefAt(doc, doc.components.schemas[name], schemaPointer(name));
  return messageProperties(doc, schema).map((property) => property.name);
}
