// The validators of what a request carries (parameters, JSON bodies), compiled from the spec when the package is
// built (src/generated/request-validators.js, ajv's standalone code): the emulator's first request compiles
// nothing, and its bundle carries ajv's small runtime helpers instead of its compiler.
import type { ValidateFunction } from "@backup-api/spec-walker";
import { VALIDATORS } from "../generated/request-validators.js";

/** The validator of the schema at `pointer` in the spec: a parameter's schema or a request body's. */
export function requestValidator(pointer: string): ValidateFunction {
  const validate = VALIDATORS[pointer];
  if (!validate)
    throw new Error(
      `No validator was generated for ${pointer}: run \`pnpm --filter @backup-api/emulator generate\` after changing the spec`,
    );
  return validate;
}
