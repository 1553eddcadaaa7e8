// Which server the agreement suite talks to. Each vitest project of vitest.config.ts names one:
//   mock                      a real Prism process mocking the bundled spec (the default)
//   emulator                  @backup-api/emulator over HTTP, seeded
//   emulator-via-prism-proxy  the same emulator behind `prism proxy`, which validates every request and answer
// BACKUP_API_BASE_URL points the mock project at another server (the real service) instead.
import type { FixtureIds } from "./fixture-ids.js";

export type TargetKind = "mock" | "emulator" | "emulator-via-prism-proxy" | "external";

export interface Target {
  kind: TargetKind;
  baseUrl: string;
  operationsBaseUrl: string;
  /** Empty when no token was given for an external target. */
  iamToken: string;
  ids: FixtureIds;
  /** The emulator's own origin (its control API at /_emulator), when the target is one. */
  emulatorUrl: string;
  /** Why server tests cannot run against this target ('' when they can). */
  skipReason: string;
  /** Why mutating calls cannot run against this target ('' when they can). */
  readOnlyReason: string;
  /** Why errors on cue (`Prefer: code=…`, Prism's) cannot be asked for ('' when they can). */
  preferReason: string;
  /** Why the stateful scenarios cannot run ('' when they can: only an emulator keeps state). */
  statefulReason: string;
}

export function externalTarget(env: NodeJS.ProcessEnv, ids: FixtureIds): Target | undefined {
  const baseUrl = env.BACKUP_API_BASE_URL?.trim();
  if (!baseUrl) return undefined;
  if (!/^https?:\/\//.test(baseUrl))
    throw new Error(`BACKUP_API_BASE_URL must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const iamToken = env.BACKUP_API_IAM_TOKEN?.trim() ?? "";
  return {
    kind: "external",
    baseUrl,
    operationsBaseUrl: env.BACKUP_API_OPERATIONS_URL?.trim() || baseUrl,
    iamToken,
    ids,
    emulatorUrl: "",
    skipReason: iamToken
      ? ""
      : `BACKUP_API_BASE_URL is set (${baseUrl}) but BACKUP_API_IAM_TOKEN is not: no call is made without a token`,
    readOnlyReason: `external target ${baseUrl}: only read-only operations run`,
    preferReason: `external target ${baseUrl}: errors on cue need the Prism mock`,
    statefulReason: `external target ${baseUrl}: stateful scenarios need the emulator`,
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    target: Target;
  }
}
