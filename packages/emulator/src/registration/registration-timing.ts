// How long an agent takes to register a machine, and how long a registration token stays valid, on the
// emulator's clock. The service documents neither: these are short enough for a test and long enough to be seen.

export interface RegistrationOptions {
  /** From `agents.register` to `initStatus: REGISTRED`. Default 30 s. */
  durationMs?: number;
  /** How long a token of `getAgentInstallCommand` can register a machine after it was issued. Default 24 h. */
  tokenLifetimeMs?: number;
}

export const DEFAULT_REGISTRATION: Required<RegistrationOptions> = {
  durationMs: 30_000,
  tokenLifetimeMs: 24 * 60 * 60 * 1000,
};

export function resolveRegistrationTiming(options: RegistrationOptions | undefined): Required<RegistrationOptions> {
  if (options === undefined) return { ...DEFAULT_REGISTRATION };
  if (options === null || typeof options !== "object")
    throw new TypeError("createEmulator: registration must be an object, e.g. { durationMs: 30000 }");
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_REGISTRATION))
      throw new TypeError(`createEmulator: registration.${key} is not an option (durationMs, tokenLifetimeMs)`);
  }
  const resolved = { ...DEFAULT_REGISTRATION, ...options };
  for (const key of ["durationMs", "tokenLifetimeMs"] as const) {
    const value = resolved[key];
    if (!(typeof value === "number" && Number.isFinite(value) && value >= 0))
      throw new RangeError(`createEmulator: registration.${key} must be a number ≥ 0, got ${String(value)}`);
  }
  return resolved;
}
