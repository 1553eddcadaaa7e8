// Operations of the spec the emulator does not run yet. Each answers 501 UNIMPLEMENTED naming itself, so that a
// client, a test or the agreement suite meets a clear answer rather than a made-up one; no other stand-in exists.
// The agreement suite skips exactly this list against the emulator; emulating an operation means writing its
// handler and taking it off the list (a test checks that every operation of the spec is in one place or the other).
import type { OperationId } from "@backup-api/types";
import { ApiError } from "../http/api-error.js";
import type { Handler } from "./context.js";

// Empty: every operation of the spec runs (test/routing/not-yet-emulated.test.ts keeps it so).
export const NOT_YET_EMULATED = Object.freeze([] as const satisfies readonly OperationId[]);

export type NotYetEmulatedId = (typeof NOT_YET_EMULATED)[number];

/** The handler of an operation the emulator does not run yet. */
export function notYetEmulated(operationId: OperationId): Handler {
  return () => {
    throw new ApiError(
      "UNIMPLEMENTED",
      `${operationId} is not emulated yet: @backup-api/emulator answers it with 501 until it does (see NOT_YET_EMULATED)`,
    );
  };
}
