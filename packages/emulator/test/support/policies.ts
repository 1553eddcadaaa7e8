// What the policy and provider tests share: the seed's folders by role, a valid CreatePolicyRequest from the
// spec's own example, and a way to run an Operation to its end on the manual clock.
import { loadBundle } from "@backup-api/spec-walker/node";
import { DEFAULT_SEED_FOLDER_ID, type EmulatorState } from "../../src/index.js";
import type { TestEmulator } from "./emulator.js";

/** The seed's second folder: readable, with backups, its provider not activated. */
export const NOT_ACTIVATED_FOLDER_ID = "b1gngglp02q5glqljim5";
export { DEFAULT_SEED_FOLDER_ID };

/** The spec's `CreatePolicyRequestDaily` example, in the folder given. */
export function createPolicyBody(folderId: string = DEFAULT_SEED_FOLDER_ID): any {
  return { ...structuredClone(loadBundle().components.examples.CreatePolicyRequestDaily.value), folderId };
}

/** Moves the clock past any operation's length and reads the operation: done by then. */
export async function finish(target: TestEmulator, operationId: string): Promise<any> {
  target.emulator.clock.advance(60_000);
  const { status, body } = await target.json("GET", `/operations/${operationId}`);
  if (status !== 200 || !body.done)
    throw new Error(`GET /operations/${operationId}: ${status} ${JSON.stringify(body)}, not done`);
  return body;
}

let keys = 0;
/** A fresh Idempotency-Key. */
export const newKey = () => `00000000-0000-4000-8000-${String(++keys).padStart(12, "0")}`;

/** The default folder's policies applied to no instance (the seed's default ones): free to apply in a test. */
export function unappliedPolicies(state: EmulatorState): EmulatorState["policies"] {
  return state.policies.filter(
    (policy) =>
      policy.folderId === DEFAULT_SEED_FOLDER_ID && !state.applications.some((entry) => entry.policyId === policy.id),
  );
}
