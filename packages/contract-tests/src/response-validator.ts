// Validates a response body against the schema the spec declares for that operation and status, with ajv.
import { createValidator } from './ajv.js';
import { escapePointer, loadBundle } from './bundle.js';
import type { SpecOperation } from './spec-operations.js';

const doc = loadBundle();
const { ajv, validatorAt } = createValidator(doc);

/** [] when the body fits the operation's 200 schema, otherwise ajv's messages. */
export function schemaErrors(op: SpecOperation, body: unknown): string[] {
  const pointer = `/paths/${escapePointer(op.path)}/${op.method}/responses/200/content/application~1json/schema`;
  const validate = validatorAt(pointer);
  return validate(body) ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n');
}
